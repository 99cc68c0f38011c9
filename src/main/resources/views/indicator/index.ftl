<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "parts.ftl" as p>
<@layout.page title=t("indicator.title")>
<p class="lead">${t("indicator.lead")}</p>
<#if done?has_content><@f.notice key="indicator.done." + done/></#if>
<p class="actions">
<#if canEdit><a class="button" href="/indicators/new">${t("indicator.new")}</a>
<a class="button button--quiet" href="/indicators/import">${t("indicator.import.title")}</a></#if>
<a class="button button--quiet" href="/indicators/follow-up">${t("indicator.follow-up.title")}</a>
<a class="button button--quiet" href="/indicators/deviations">${t("indicator.deviations.title")}</a>
</p>
<h2 id="indicators-heading">${t("indicator.list")}</h2>
<#if items?has_content>
<div class="table-wrap">
<table aria-labelledby="indicators-heading">
  <thead><tr><th scope="col">${t("indicator.field.title")}</th><th scope="col">${t("indicator.field.latest")}</th><th scope="col">${t("indicator.field.status")}</th><th scope="col">${t("indicator.field.trend")}</th><th scope="col">${t("indicator.field.rank")}</th></tr></thead>
  <tbody>
  <#list items as item>
    <#assign i = item.indicator()><#assign s = item.signal()>
    <tr><th scope="row"><a href="/indicators/${i.id()?c}">${i.title()}</a><#if i.koladaId()??> <span class="hint">${i.koladaId()}</span></#if></th>
      <td><@p.sparkline f=item/> <@p.latest s=s unit=i.unit()/></td>
      <td><@p.signal s=s/></td><td><@p.trend s=s/></td><td><@p.rank s=s/></td></tr>
  </#list>
  </tbody>
</table>
</div>
<p class="hint">${t("indicator.kolada.source")}</p>
<#else>
<p>${t("indicator.none")}</p>
</#if>
</@layout.page>
