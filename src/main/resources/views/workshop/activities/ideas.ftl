<#-- The ideas activity: the participant's form and the results. -->
<#import "../parts.ftl" as p>

<#macro form a id>
    <@p.textForm a "IDEA" t("workshop.ideas.label") t("workshop.ideas.submit")/>
</#macro>

<#macro results a kind>
<@p.board a kind/>
</#macro>
