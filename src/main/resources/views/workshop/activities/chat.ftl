<#-- The chat activity: the participant's form and the results. -->
<#import "../parts.ftl" as p>

<#macro form a id>
    <@p.textForm a "CHAT" t("workshop.chat.label") t("workshop.chat.submit")/>
</#macro>

<#macro results a kind>
<@p.board a kind/>
</#macro>
