<#import "../layout.ftl" as layout>
<#import "parts.ftl" as c>
<@layout.page title=t("consequence.matrix.title", kase.title())>
<@c.caseNav kase "matrix"/>
<p class="no-print">${t("consequence.matrix.lead")} ${t("consequence.matrix.print")}</p>
<#macro items list><#if list?has_content><ul class="matrix__items"><#list list as i><li>${c.aspectName(i.line())}: <@c.cellValue i.cell()/></li></#list></ul><#else>${t("consequence.matrix.empty")}</#if></#macro>
<div class="table-wrap" tabindex="0" role="region" aria-label="${t("consequence.section.matrix")}">
<table class="matrix">
  <caption>${t("consequence.matrix.caption", kase.title())}</caption>
  <thead><tr>
    <th scope="col">${t("consequence.alternative")}</th><th scope="col">${t("consequence.horizon")}</th>
    <th scope="col">${t("consequence.matrix.effect")}</th><th scope="col">${t("consequence.matrix.service")}</th>
    <th scope="col">${t("consequence.matrix.societal")}</th><th scope="col">${t("consequence.field.priority")}</th>
  </tr></thead>
  <tbody>
  <#list rows as row>
  <#assign a = row.alternative()>
  <tr>
    <#if row.first()><th scope="rowgroup" rowspan="2">${a.doNothing()?then(t("consequence.matrix.do-nothing"), t("consequence.alternative.letter", a.letter()) + ": " + a.title())}</th></#if>
    <th scope="row">${t(row.horizon().key())}</th>
    <td><@items row.effect()/></td><td><@items row.service()/></td><td><@items row.societal()/></td>
    <#if row.first()><td rowspan="2"><#if a.priority()??>${t("consequence.priority." + a.priority())}<#if a.priorityReason()?has_content>: <span dir="auto">${a.priorityReason()}</span></#if><#else>–</#if></td></#if>
  </tr>
  </#list>
  </tbody>
</table>
</div>
<p>${t("consequence.matrix.legend")}</p>
<@c.interactionList interactions "m-"/>
</@layout.page>
