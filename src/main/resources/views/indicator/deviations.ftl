<#import "../layout.ftl" as layout>
<#import "parts.ftl" as p>
<@layout.page title=t("indicator.deviations.title")>
<p><a href="/indicators">${t("indicator.back")}</a></p>
<p class="lead">${t("indicator.deviations.lead")}</p>
<#if groups?has_content>
<#list groups as grp>
<h2 id="unit-${grp?index}"><#if grp.labelKey()?has_content>${t(grp.labelKey())}<#else>${grp.label()}</#if></h2>
<div class="table-wrap">
<table aria-labelledby="unit-${grp?index}">
  <thead><tr><th scope="col">${t("indicator.field.title")}</th><th scope="col">${t("indicator.field.latest")}</th><th scope="col">${t("indicator.field.status")}</th><th scope="col">${t("indicator.field.trend")}</th><#if startable?has_content><th scope="col">${t("indicator.deviations.causes")}</th></#if></tr></thead>
  <tbody>
  <#list grp.rows() as r>
  <#assign fig = r.figures()><#assign i = fig.indicator()><#assign s = fig.signal()>
  <tr><th scope="row"><a href="/indicators/${i.id()?c}">${i.title()}</a></th>
    <td><@p.sparkline f=fig/> <@p.latest s=s unit=i.unit()/></td><td><@p.signal s=s/></td><td><@p.trend s=s/></td>
    <#if startable?has_content><td><@p.startButtons i=i/></td></#if></tr>
  </#list>
  </tbody>
</table>
</div>
</#list>
<#else>
<p>${t("indicator.deviations.none")}</p>
</#if>
</@layout.page>
