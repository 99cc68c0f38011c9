<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("indicator.kolada.title")>
<p><a href="/indicators">${t("indicator.back")}</a></p>
<p class="lead">${t("indicator.kolada.lead")}</p>
<@f.errorSummary errors/>
<form method="get" action="/indicators/kolada" class="form form--row" role="search">
  <div class="field">
    <label for="q">${t("indicator.kolada.search")}</label>
    <input id="q" name="q" type="search" value="${q}" maxlength="200">
  </div>
  <button type="submit" class="button">${t("indicator.kolada.search-button")}</button>
</form>
<#if q?has_content>
<h2 id="hits-heading">${t("indicator.kolada.hits", fmt.number(hits?size))}</h2>
<#if hits?has_content>
<div class="table-wrap">
<table aria-labelledby="hits-heading">
  <thead><tr><th scope="col">${t("indicator.field.koladaId")}</th><th scope="col">${t("indicator.field.title")}</th><th scope="col">${t("indicator.kolada.area")}</th><#if canEdit><th scope="col">${t("indicator.kolada.follow")}</th></#if></tr></thead>
  <tbody>
  <#list hits as k>
  <tr><th scope="row">${k.id()}</th><td>${k.title()}<#if k.dividedByGender()> <span class="tag">${t("indicator.kolada.by-gender")}</span></#if></td><td>${k.operatingArea()}</td>
  <#if canEdit><td>
    <form method="post" action="/indicators/kolada/follow" class="form form--row">
      <@f.csrfField/><input type="hidden" name="kpi" value="${k.id()}"><input type="hidden" name="q" value="${q}">
      <#if errors.has("kpi-" + k.id())><p class="field-error" id="kpi-${k.id()}"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["kpi-" + k.id()])}</p></#if>
      <label for="direction-${k.id()}" class="visually-hidden">${t("indicator.field.direction")} ${k.id()}</label>
      <select id="direction-${k.id()}" name="direction"><option value="HIGHER">${t("indicator.direction.HIGHER")}</option><option value="LOWER">${t("indicator.direction.LOWER")}</option></select>
      <button type="submit" class="button button--quiet">${t("indicator.kolada.follow")}<span class="visually-hidden"> ${k.id()}</span></button>
    </form>
  </td></#if></tr>
  </#list>
  </tbody>
</table>
</div>
<#else>
<p>${t("indicator.kolada.no-hits")}</p>
</#if>
</#if>
<p class="hint">${t("indicator.kolada.source")}</p>
</@layout.page>
