<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("indicator.import.title")>
<p><a href="/indicators">${t("indicator.back")}</a></p>
<p class="lead">${t("indicator.import.lead")}</p>
<#if done?has_content><@f.notice key="indicator.done." + done/></#if>
<#if catalogueResult??>
<section class="panel" role="status" aria-labelledby="catalogue-result-heading">
  <h2 id="catalogue-result-heading">${t("indicator.import.catalogue-result")}</h2>
  <p>${t("indicator.import.catalogue-counts", fmt.number(catalogueResult.added()), fmt.number(catalogueResult.changed()), fmt.number(catalogueResult.unchanged()))}</p>
  <p><a href="/indicators/kolada">${t("indicator.kolada.title")}</a></p>
</section>
</#if>
<#if valuesResult??>
<section class="panel" role="status" aria-labelledby="values-result-heading">
  <h2 id="values-result-heading">${t("indicator.import.values-result")}</h2>
  <p>${t("indicator.import.values-counts", fmt.number(valuesResult.values().added()), fmt.number(valuesResult.values().changed()), fmt.number(valuesResult.values().unchanged()), fmt.number(valuesResult.skipped()))}</p>
  <#if valuesResult.badLines()?has_content><p>${t("indicator.import.bad-lines", valuesResult.badLines()?join(", "))}</p></#if>
</section>
</#if>
<@f.errorSummary errors/>

<h2 id="settings-heading">${t("indicator.import.settings")}</h2>
<form method="post" action="/indicators/import/settings" class="form" novalidate aria-labelledby="settings-heading">
  <@f.csrfField/>
  <@f.input errors=errors name="koladaMunicipality" label=t("indicator.field.municipality") value=settings.koladaMunicipality()!"" hint=t("indicator.field.municipality-hint") maxlength=4/>
  <div class="checkbox"><input type="checkbox" id="published" name="published" value="on"<#if settings.published()> checked</#if>><label for="published">${t("indicator.field.published")}</label></div>
  <button type="submit" class="button">${t("indicator.save")}</button>
</form>

<h2 id="areas-heading">${t("indicator.import.areas")}</h2>
<p>${t("indicator.import.areas-lead")}</p>
<#if areas?has_content>
<div class="table-wrap">
<table aria-labelledby="areas-heading">
  <thead><tr><th scope="col">${t("indicator.field.code")}</th><th scope="col">${t("indicator.field.area")}</th><th scope="col"><span class="visually-hidden">${t("indicator.remove")}</span></th></tr></thead>
  <tbody>
  <#list areas as a>
  <tr><th scope="row">${a.code()}</th><td>${a.title()}</td>
    <td><form method="post" action="/indicators/import/areas/remove"><@f.csrfField/><input type="hidden" name="code" value="${a.code()}"><button type="submit" class="button button--quiet">${t("indicator.remove")}<span class="visually-hidden"> ${a.title()}</span></button></form></td></tr>
  </#list>
  </tbody>
</table>
</div>
</#if>
<form method="post" action="/indicators/import/areas" class="form form--row" novalidate aria-label="${t("indicator.import.add-area")}">
  <@f.csrfField/>
  <@f.input errors=errors name="code" label=t("indicator.field.code") value=areaForm.code()!"" hint=t("indicator.field.code-hint") maxlength=11/>
  <@f.input errors=errors name="areaTitle" label=t("indicator.field.area") value=areaForm.areaTitle()!"" maxlength=200/>
  <button type="submit" class="button">${t("indicator.import.add-area")}</button>
</form>

<h2 id="catalogue-heading">${t("indicator.import.catalogue")}</h2>
<p>${t("indicator.import.catalogue-lead")} <a href="/indicators/kolada">${t("indicator.kolada.title")}</a></p>
<form method="post" action="/indicators/import/catalogue?_csrf=${csrf}" enctype="multipart/form-data" class="form" novalidate aria-labelledby="catalogue-heading">
  <div class="field<#if errors.has("catalogueFile")> field--error</#if>">
    <label for="catalogueFile">${t("indicator.import.file")}</label>
    <@f.fieldMessages errors "catalogueFile" t("indicator.import.catalogue-hint")/>
    <input id="catalogueFile" name="file" type="file" accept=".json,application/json" aria-describedby="catalogueFile-hint<#if errors.has("catalogueFile")> catalogueFile-error</#if>"<#if errors.has("catalogueFile")> aria-invalid="true"</#if>>
  </div>
  <button type="submit" class="button">${t("indicator.import.read")}</button>
</form>
<#if canFetch>
<form method="post" action="/indicators/import/catalogue/fetch" class="form"><@f.csrfField/><button type="submit" class="button button--quiet">${t("indicator.import.fetch-catalogue")}</button></form>
</#if>

<h2 id="values-heading">${t("indicator.import.values")}</h2>
<p>${t("indicator.import.values-lead")}</p>
<form method="post" action="/indicators/import/values?_csrf=${csrf}" enctype="multipart/form-data" class="form" novalidate aria-labelledby="values-heading">
  <div class="field<#if errors.has("valuesFile")> field--error</#if>">
    <label for="valuesFile">${t("indicator.import.file")}</label>
    <@f.fieldMessages errors "valuesFile" t("indicator.import.values-hint")/>
    <input id="valuesFile" name="file" type="file" accept=".json,.csv,.xlsx,application/json,text/csv" aria-describedby="valuesFile-hint<#if errors.has("valuesFile")> valuesFile-error</#if>"<#if errors.has("valuesFile")> aria-invalid="true"</#if>>
  </div>
  <button type="submit" class="button">${t("indicator.import.read")}</button>
</form>
<#if canFetch>
<form method="post" action="/indicators/import/fetch" class="form">
  <@f.csrfField/>
  <#if errors.has("fetch")><p class="field-error" id="fetch"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["fetch"])}</p></#if>
  <p class="hint">${t("indicator.import.fetch-hint")}</p>
  <button type="submit" class="button button--quiet">${t("indicator.import.fetch")}</button>
</form>
</#if>
<p class="hint">${t("indicator.kolada.source")}</p>
</@layout.page>
