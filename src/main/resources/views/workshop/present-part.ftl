<#import "present-parts.ftl" as s>
<#assign current = screen.current()!>
<div class="stage__screen<#if !screen.current()??> stage__screen--join</#if>" data-screen
     data-current="${(screen.current()??)?then(screen.current().id()?c, "")}"
     data-previous="${(screen.previous()??)?then(screen.previous().id()?c, "")}" data-next="${(screen.next()??)?then(screen.next().id()?c, "")}"
     data-results-shown="${screen.resultsShown()?c}" data-only-results="${screen.onlyResults()?c}"
     data-timer-running="${(snapshot.timerEnds()??)?c}">
<#if !screen.current()??>
  <@s.joinLarge/>
<#else>
  <@s.joinCorner/>
  <#assign a = snapshot.activity(current.id())!"">
  <section class="stage__activity stage__activity--${current.kind()?string?lower_case?replace("_", "-")}" aria-labelledby="present-${current.id()?c}">
    <p class="stage__meta">${t("workshop.present.position", screen.position(), screen.agenda()?size)} · ${t("workshop.kind." + current.kind())}</p>
    <h2 id="present-${current.id()?c}" class="stage__title" dir="auto">${current.title()}</h2>
    <#if current.prompt()?has_content><p class="stage__prompt" dir="auto">${current.prompt()}</p></#if>
    <@s.timer/>
    <#if a?has_content>
      <@s.activity a/>
    <#else>
      <p class="stage__waiting">${t("workshop.present.not-started")}</p>
    </#if>
  </section>
</#if>
</div>
