<#-- The word cloud activity: the participant's form and the results. -->
<#import "../parts.ftl" as p>

<#macro form a id>
    <@p.textForm a "WORD" t("workshop.words.label") t("workshop.send")/>
</#macro>

<#macro results a kind>
  <#if a.showResults()>
  <h3>${t("workshop.results")}</h3>
  <ul class="word-cloud">
  <#list a.words() as w><li class="word word--${(w.percent() / 25)?floor}"><bdi>${w.label()}</bdi> <span class="word__count">(${w.count()})</span></li></#list>
  </ul>
  </#if>
</#macro>
