<#-- The chat activity: the participant's form and the results. -->
<#import "../parts.ftl" as p>
<#import "../present-parts.ftl" as s>

<#macro form a id>
    <@p.textForm a "CHAT" t("workshop.chat.label") t("workshop.chat.submit")/>
</#macro>

<#macro results a kind>
<@p.board a kind/>
</#macro>

<#-- On the big screen: the latest messages. -->
<#macro present a>
<#local shown = a.unthemed()>
<#if !shown?has_content><p class="stage__waiting">${t("workshop.none-yet")}</p><#else>
<ol class="cards cards--chat"><#list shown as i><#if i?index gte shown?size - 8><@s.card i false/></#if></#list></ol>
</#if>
</#macro>
