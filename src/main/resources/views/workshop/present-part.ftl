<#import "parts.ftl" as w>
<#if snapshot.timerEnds()??><p class="timer">${t("workshop.timer.ends")} <time datetime="${fmt.iso(snapshot.timerEnds())}">${fmt.dateTime(snapshot.timerEnds())}</time></p></#if>
<p>${t("workshop.participant-count.plural", snapshot.participants())}</p>
<#assign shown = false>
<#list snapshot.activities() as a>
  <#if a.open() || a.resultsShown()>
  <#assign shown = true>
  <section class="activity presenter__activity" aria-labelledby="present-${a.activity().id()?c}">
    <h2 id="present-${a.activity().id()?c}" dir="auto">${a.activity().title()}</h2>
    <@w.prompt a/>
    <#if a.resultsShown() || a.activity().kind()?string == "CHAT" || a.activity().kind()?string == "IDEAS" || a.activity().kind()?string == "QA" || a.activity().kind()?string == "BREAKOUT">
      <@w.results a/>
    </#if>
  </section>
  </#if>
</#list>
<#if !shown><p class="empty">${t("workshop.waiting")}</p></#if>
