<#import "../layout.ftl" as layout>
<#import "../goals/parts.ftl" as g>
<@layout.page title=t("relevance.public.title", organisation, round.year()?c)>
<p class="lead">${t("relevance.public.lead")}</p>
<#if priorities?has_content>
<#list priorities as line>
<section aria-labelledby="p-${line.target().id()?c}">
  <h2 id="p-${line.target().id()?c}">${line.target().code()} <@g.text line.target().label(lang.code())/></h2>
  <p>${line.decision().justification()}</p>
  <p>${t("relevance.public.voices.plural", line.residents())}</p>
</section>
</#list>
<#else>
<p>${t("relevance.result.priorities.none")}</p>
</#if>
</@layout.page>
