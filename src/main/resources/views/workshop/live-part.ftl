<#import "parts.ftl" as w>
<#import "../forms.ftl" as f>
<#if snapshot.removed()>
  <@f.problem "workshop.removed"/>
<#elseif snapshot.ended()>
  <p class="notice">${t("workshop.ended")}</p>
<#if (decisions!)?has_content>
<section aria-labelledby="decided-heading">
<h2 id="decided-heading">${t("dialogue.decided.heading")}</h2>
<p>${t("workshop.decided.lead")}</p>
<ul><#list decisions as fl><li><a href="${fl.href()}?lang=${lang.code()}">${fl.title()}</a></li></#list></ul>
</section>
</#if>
</#if>
<#if snapshot.timerEnds()??><p class="timer">${t("workshop.timer.ends")} <time datetime="${fmt.iso(snapshot.timerEnds())}" data-timer>${fmt.dateTime(snapshot.timerEnds())}</time></p></#if>
<#if !snapshot.removed()>
<#if snapshot.activities()?has_content>
  <#list snapshot.activities() as a><@w.participantActivity a/></#list>
<#elseif !snapshot.ended()>
  <p class="empty">${t("workshop.waiting")}</p>
</#if>
</#if>
