<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("library.import.title")>
<p class="lead">${t("library.import.lead")}</p>
<p class="hint">${t("library.import.columns", columns)}</p>
<@f.errorSummary errors/>
<#if report??>
<section class="panel" aria-labelledby="report-heading">
  <h2 id="report-heading"><#if report.dryRun()>${t("library.import.report.dry-run")}<#else>${t("library.import.report.title")}</#if></h2>
  <p role="status"><#if report.errors() gt 0>${t("library.import.report.errors.plural", report.errors(), report.lines()?size)}<#elseif report.dryRun()>${t("library.import.report.ok.plural", report.lines()?size)}<#else>${t("library.import.report.imported.plural", report.imported())}</#if></p>
  <#if report.errors() gt 0>
  <div class="table-wrap">
  <table>
    <caption class="visually-hidden">${t("library.import.report.caption")}</caption>
    <thead><tr><th scope="col">${t("library.import.report.line")}</th><th scope="col">${t("library.field.title")}</th><th scope="col">${t("library.import.report.problems")}</th></tr></thead>
    <tbody>
    <#list report.lines() as line><#if !line.ok()>
      <tr><th scope="row">${line.number()?c}</th><td dir="auto">${line.title()}</td>
        <td><ul class="plain-list"><#list line.problems() as problem><li>${t("library.import.report.field", problem.field())}: ${t(problem.messageKey())}</li></#list></ul></td></tr>
    </#if></#list>
    </tbody>
  </table>
  </div>
  </#if>
</section>
</#if>
<form method="post" action="/library/import?_csrf=${csrf}" enctype="multipart/form-data" class="form form--wide">
  <div class="field<#if errors.has("file")> field--error</#if>">
    <label for="file">${t("library.import.file")}</label>
    <p class="hint" id="file-hint">${t("library.import.file-hint")}</p>
    <input id="file" name="file" type="file" accept=".csv,.json,text/csv,application/json" aria-describedby="file-hint<#if errors.has("file")> file-error</#if>"<#if errors.has("file")> aria-invalid="true"</#if>>
    <#if errors.has("file")><p class="field-error" id="file-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["file"])}</p></#if>
  </div>
  <div class="field">
    <label for="content">${t("library.import.content")}</label>
    <textarea id="content" name="content" rows="8" dir="auto">${content}</textarea>
  </div>
  <div class="field">
    <label for="format">${t("library.import.format")}</label>
    <select id="format" name="format">
      <option value="CSV"<#if format == "CSV"> selected</#if>>CSV</option>
      <option value="JSON"<#if format == "JSON"> selected</#if>>JSON</option>
    </select>
  </div>
  <div class="checkbox"><input type="checkbox" id="publish" name="publish" value="1"<#if publish> checked</#if>><label for="publish">${t("library.import.publish")}</label></div>
  <p class="actions">
    <button type="submit" class="button" name="action" value="dry-run">${t("library.import.dry-run")}</button>
    <button type="submit" class="button button--quiet" name="action" value="import">${t("library.import.submit")}</button>
  </p>
</form>
</@layout.page>
