<#-- A recorded decision as staff read it: on the decision page and in the decision basis (page and PDF). -->
<#macro decision decided>
<#assign row = decided.row()><#assign chosen = decided.chosen()>
<dl class="dialogue-facts">
  <dt>${t("consequence.decision.decidedOn")}</dt><dd>${row.decidedOn()?string}</dd>
  <dt>${t("consequence.decision.body")}</dt><dd>${row.body()}</dd>
  <dt>${t("consequence.decision.paragraph")}</dt><dd>${row.paragraph()?has_content?then(row.paragraph(), "–")}</dd>
  <dt>${t("consequence.decision.chosen")}</dt><dd>${chosen.doNothing()?then(t("consequence.do-nothing"), t("consequence.alternative.letter", chosen.letter()))}: ${chosen.title()}</dd>
</dl>
<h3>${t("consequence.decision.why")}</h3>
<p class="prewrap">${row.why()}</p>
<h3>${t("consequence.decision.actions")}</h3>
<#if decided.actions()?has_content>
<table class="decision-actions">
  <thead><tr><th scope="col">${t("consequence.decision.action")}</th><th scope="col">${t("consequence.field.unit")}</th><th scope="col">${t("consequence.decision.due")}</th><th scope="col">${t("consequence.decision.indicators")}</th></tr></thead>
  <tbody>
  <#list decided.actions() as a>
  <tr><th scope="row">${a.row().title()}</th><td><bdi>${a.unit()?has_content?then(a.unit(), "–")}</bdi></td><td>${(a.row().dueOn()!"–")?string}</td>
    <td><#if a.indicators()?has_content><#list a.indicators() as i>${i.name()}<#sep>, </#list><#else>–</#if></td></tr>
  </#list>
  </tbody>
</table>
<#else><p>${t("consequence.decision.actions-none")}</p></#if>
</#macro>

<#-- A language's own name, e.g. العربية for ar. -->
<#function langName code><#list uiLanguages as ul><#if ul.code() == code><#return ul.nativeName()></#if></#list><#return code></#function>
