<#-- Pieces the register's pages share. -->
<#import "../forms.ftl" as f>

<#-- A period with open ends, as "(from 2024-01-01 to 2025-12-31)"; row has startsOnText() and endsOnText(). -->
<#macro period row><#local from = row.startsOnText()><#local to = row.endsOnText()><#if from?has_content || to?has_content><span class="period">(<#if from?has_content>${t("stakeholder.period.from")} <time datetime="${from}">${from}</time></#if><#if from?has_content && to?has_content> </#if><#if to?has_content>${t("stakeholder.period.to")} <time datetime="${to}">${to}</time></#if>)</span></#if></#macro>

<#-- Start and end date fields of a period form. -->
<#macro periodFields errors form>
<@f.input errors=errors name="startsOn" label=t("stakeholder.field.startsOn") value=form.startsOn() type="date"/>
<@f.input errors=errors name="endsOn" label=t("stakeholder.field.endsOn") value=form.endsOn() type="date" hint=t("stakeholder.field.endsOn-hint")/>
</#macro>

<#-- What a placement is about: overall, a labelled issue, a dialogue or a workshop by id. -->
<#macro issue kind label ref=""><#if kind == "NONE" && !label?has_content>${t("stakeholder.issue.overall")}<#else><#if kind != "NONE">${t("stakeholder.issue." + kind, ref)}<#if label?has_content>: </#if></#if>${label}</#if></#macro>
