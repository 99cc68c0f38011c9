<#-- The qa activity: the participant's form and the results. -->
<#import "../parts.ftl" as p>

<#macro form a id>
    <@p.textForm a "QUESTION" t("workshop.qa.label") t("workshop.qa.submit")/>
    <#if a.config().moderated()><p class="hint">${t("workshop.qa.moderated")}</p></#if>
</#macro>

<#macro results a kind>
<@p.board a kind/>
</#macro>
