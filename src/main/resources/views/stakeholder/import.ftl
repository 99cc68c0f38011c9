<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("stakeholder.import.title")>
<p><a href="/stakeholders">${t("stakeholder.back")}</a></p>
<#if report??>
<section aria-labelledby="report-heading">
  <h2 id="report-heading"><#if report.done()>${t("stakeholder.import.done")}<#elseif report.errors() gt 0>${t("stakeholder.import.has-errors.plural", report.errors())}<#else>${t("stakeholder.import.would")}</#if></h2>
  <p>${t("stakeholder.import.counts", report.created(), report.updated(), report.duplicates(), report.errors())}</p>
  <div class="table-wrap">
  <table aria-labelledby="report-heading">
    <thead><tr><th scope="col">${t("stakeholder.import.line")}</th><th scope="col">${t("stakeholder.field.name")}</th><th scope="col">${t("stakeholder.import.outcome")}</th></tr></thead>
    <tbody>
    <#list report.rows() as r>
      <tr><td>${r.line()?c}</td><td>${r.name()}</td><td>${t("stakeholder.import.outcome." + r.outcome())}<#if r.errors()?has_content><ul class="field-error"><#list r.errors() as field, key><li>${t("stakeholder.field." + field)}: ${t(key)}</li></#list></ul></#if></td></tr>
    </#list>
    </tbody>
  </table>
  </div>
</section>
</#if>
<@f.errorSummary errors/>
<p>${t("stakeholder.import.lead")}</p>
<p>${t("stakeholder.import.columns")} <code>${columns?join(", ")}</code></p>
<p>${t("stakeholder.import.kinds")} <code>${kinds?join(", ")}</code></p>
<form method="post" action="/stakeholders/import?_csrf=${csrf}" enctype="multipart/form-data" class="form" novalidate>
  <div class="field<#if errors.has("file")> field--error</#if>">
    <label for="file">${t("stakeholder.import.file")} <span class="required">${t("form.required")}</span></label>
    <@f.fieldMessages errors "file" t("stakeholder.import.file-hint", maxMegabytes)/>
    <input id="file" name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required aria-describedby="file-hint<#if errors.has("file")> file-error</#if>"<#if errors.has("file")> aria-invalid="true"</#if>>
  </div>
  <div class="checkbox">
    <input type="checkbox" id="preview" name="preview" value="1"<#if preview> checked</#if>>
    <label for="preview">${t("stakeholder.import.preview")}</label>
  </div>
  <button type="submit" class="button">${t("stakeholder.import.submit")}</button>
</form>
<#if canPersonal>
<h2 id="contact-import-heading">${t("stakeholder.import.contacts")}</h2>
<p>${t("stakeholder.import.contacts-lead")}</p>
<p>${t("stakeholder.import.columns-contacts")} <code>${contactColumns?join(", ")}</code></p>
<form method="post" action="/stakeholders/import-contacts?_csrf=${csrf}" enctype="multipart/form-data" class="form" novalidate>
  <div class="field<#if errors.has("contactFile")> field--error</#if>">
    <label for="contactFile">${t("stakeholder.import.file")} <span class="required">${t("form.required")}</span></label>
    <@f.fieldMessages errors "contactFile" t("stakeholder.import.file-hint", maxMegabytes)/>
    <input id="contactFile" name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required aria-describedby="contactFile-hint<#if errors.has("contactFile")> contactFile-error</#if>"<#if errors.has("contactFile")> aria-invalid="true"</#if>>
  </div>
  <div class="checkbox">
    <input type="checkbox" id="contactPreview" name="preview" value="1"<#if preview> checked</#if>>
    <label for="contactPreview">${t("stakeholder.import.preview")}</label>
  </div>
  <button type="submit" class="button">${t("stakeholder.import.submit")}</button>
</form>
</#if>
<h2>${t("stakeholder.export.title")}</h2>
<ul>
  <li>${t("stakeholder.organisations")}: <a href="/stakeholders/export/organisations.csv" download>CSV</a>, <a href="/stakeholders/export/organisations.xlsx" download>XLSX</a></li>
  <li>${t("stakeholder.timeline")}: <a href="/stakeholders/export/engagements.csv" download>CSV</a>, <a href="/stakeholders/export/engagements.xlsx" download>XLSX</a></li>
</ul>
</@layout.page>
