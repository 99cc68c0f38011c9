<#import "parts.ftl" as w>
<#import "../forms.ftl" as f>
<#if snapshot.removed()>
  <@f.problem "workshop.removed"/>
<#elseif snapshot.ended()>
  <p class="notice">${t("workshop.ended")}</p>
</#if>
<#if snapshot.timerEnds()??><p class="timer">${t("workshop.timer.ends")} <time datetime="${fmt.iso(snapshot.timerEnds())}" data-timer>${fmt.dateTime(snapshot.timerEnds())}</time></p></#if>
<#if !snapshot.removed()>
<#if snapshot.activities()?has_content>
  <#list snapshot.activities() as a><@w.participantActivity a/></#list>
<#elseif !snapshot.ended()>
  <p class="empty">${t("workshop.waiting")}</p>
</#if>
</#if>
