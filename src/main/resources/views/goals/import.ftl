<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("goals.import.title")>
<p class="lead">${t("goals.import.lead")}</p>
<ul>
  <li>${t("goals.import.shape.un")}</li>
  <li>${t("goals.import.shape.open-sdg")}</li>
</ul>
<#if results?has_content>
<section class="panel" aria-labelledby="result-heading" role="status">
  <h2 id="result-heading"><#if preview>${t("goals.import.preview-result")}<#else>${t("goals.import.result")}</#if></h2>
  <div class="table-wrap">
  <table>
    <thead><tr><th scope="col">${t("goals.import.language")}</th><th scope="col">${t("goals.import.changed")}</th><th scope="col">${t("goals.import.unchanged")}</th><th scope="col">${t("goals.import.unknown")}</th><th scope="col">${t("goals.import.ignored")}</th></tr></thead>
    <tbody>
    <#list results as r>
      <tr><th scope="row">${r.lang()}</th><td>${fmt.number(r.changed()?size)}<#if r.changed()?has_content> <span class="codes">(${r.changed()?join(", ")})</span></#if></td><td>${fmt.number(r.unchanged())}</td><td>${fmt.number(r.unknownCodes()?size)}<#if r.unknownCodes()?has_content> <span class="codes">(${r.unknownCodes()?join(", ")})</span></#if></td><td>${fmt.number(r.ignored())}</td></tr>
    </#list>
    </tbody>
  </table>
  </div>
  <#if preview><p>${t("goals.import.preview-note")}</p></#if>
</section>
</#if>
<@f.errorSummary errors/>
<form method="post" action="/platform/goals/import?_csrf=${csrf}" enctype="multipart/form-data" class="form" novalidate>
  <div class="field<#if errors.has("file")> field--error</#if>">
    <label for="file">${t("goals.import.file")} <span class="required">${t("form.required")}</span></label>
    <@f.fieldMessages errors "file" t("goals.import.file-hint", maxMegabytes)/>
    <input id="file" name="file" type="file" accept=".json,.yml,.yaml,application/json" required aria-describedby="file-hint<#if errors.has("file")> file-error</#if>"<#if errors.has("file")> aria-invalid="true"</#if>>
  </div>
  <@f.input errors=errors name="lang" label=t("goals.import.language") value=formLang hint=t("goals.import.language-hint") maxlength=16/>
  <div class="checkbox">
    <input type="checkbox" id="preview" name="preview" value="1"<#if preview> checked</#if>>
    <label for="preview">${t("goals.import.preview")}</label>
  </div>
  <button type="submit" class="button">${t("goals.import.submit")}</button>
</form>
</@layout.page>
