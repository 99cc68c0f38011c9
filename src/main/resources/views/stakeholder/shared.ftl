<#import "../layout.ftl" as layout>
<@layout.page title=t("stakeholder.shared.title")>
<p><a href="/stakeholders">${t("stakeholder.back")}</a></p>
<p>${t("stakeholder.shared.lead")}</p>
<#if shared?has_content>
<div class="table-wrap">
<table>
  <caption class="visually-hidden">${t("stakeholder.shared.title")}</caption>
  <thead><tr><th scope="col">${t("stakeholder.field.name")}</th><th scope="col">${t("stakeholder.field.kind")}</th><th scope="col">${t("stakeholder.shared.owner")}</th><th scope="col">${t("stakeholder.shared.network")}</th></tr></thead>
  <tbody>
  <#list shared as v>
    <tr><th scope="row"><a href="/stakeholders/shared/${v.stakeholder().id()?c}">${v.stakeholder().name()}</a></th><td>${t("stakeholder.kind." + v.stakeholder().kind())}</td><td>${v.owner()}</td><td>${v.network()}</td></tr>
  </#list>
  </tbody>
</table>
</div>
<#else>
<p>${t("stakeholder.shared.none")}</p>
</#if>
</@layout.page>
