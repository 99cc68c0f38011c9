<#import "../../layout.ftl" as layout>
<#import "../../forms.ftl" as f>
<#import "parts.ftl" as p>
<@layout.page title=t("dialogue.staff.translations.title", dialogueTitle.value())>
<@p.tabs dialogue "translations"/>
<p class="lead">${t("dialogue.staff.translations.lead")}</p>
<#if missing?has_content>
<h2>${t("dialogue.staff.translations.status")}</h2>
<ul class="translation-status">
<#list uiLanguages as l><#if missing[l.code()]??>
  <li><span lang="${l.code()}" dir="${l.dir()}">${l.nativeName()}</span>: <#if missing[l.code()] == 0>${t("dialogue.staff.translations.complete")}<#else>${t("dialogue.staff.translations.missing", missing[l.code()])}</#if></li>
</#if></#list>
</ul>
</#if>
<section class="panel" aria-labelledby="export-heading">
  <h2 id="export-heading">${t("dialogue.staff.translations.export")}</h2>
  <p>${t("dialogue.staff.translations.export-text.plural", textCount)}</p>
  <p><a class="button" href="/dialogues/${dialogue.id()?c}/translations.csv" download>${t("dialogue.staff.translations.download")}</a></p>
</section>
<#if report??>
<section class="panel" aria-labelledby="report-heading">
  <h2 id="report-heading" tabindex="-1" data-autofocus>${report.applied()?then(t("dialogue.staff.translations.applied.plural", report.changes()?size), t("dialogue.staff.translations.previewed.plural", report.changes()?size))}</h2>
  <#if report.changes()?has_content>
  <div class="table-wrap">
  <table>
    <caption>${t("dialogue.staff.translations.changes")}</caption>
    <thead><tr><th scope="col">${t("dialogue.staff.translations.line")}</th><th scope="col">${t("dialogue.staff.translations.key")}</th><th scope="col">${t("dialogue.staff.translations.language")}</th><th scope="col">${t("dialogue.staff.translations.before")}</th><th scope="col">${t("dialogue.staff.translations.after")}</th></tr></thead>
    <tbody>
    <#list report.changes() as c>
      <tr><td>${c.line()?c}</td><td><code>${c.key()}</code></td><td>${c.lang()}</td><td lang="${c.lang()}" dir="auto">${c.before()}</td><td lang="${c.lang()}" dir="auto">${c.after()}</td></tr>
    </#list>
    </tbody>
  </table>
  </div>
  <#else>
  <p>${t("dialogue.staff.translations.no-changes")}</p>
  </#if>
  <#if report.problems()?has_content>
  <h3>${t("dialogue.staff.translations.problems")}</h3>
  <ul class="import-problems">
  <#list report.problems() as problem>
    <li>${t("dialogue.staff.translations.problem-line", problem.line()?c, problem.key())} ${t(problem.messageKey())}</li>
  </#list>
  </ul>
  </#if>
  <#if !report.applied() && report.changes()?has_content><p>${t("dialogue.staff.translations.apply-hint")}</p></#if>
</section>
</#if>
<#if canEdit>
<section class="panel" aria-labelledby="import-heading">
  <h2 id="import-heading">${t("dialogue.staff.translations.import")}</h2>
  <#if dialogue.versionFrozen()><p>${t("dialogue.staff.translations.frozen")}</p></#if>
  <@f.errorSummary errors/>
  <form method="post" action="/dialogues/${dialogue.id()?c}/translations?_csrf=${csrf}" enctype="multipart/form-data" class="form" novalidate>
    <div class="field<#if errors.has("file")> field--error</#if>">
      <label for="file">${t("dialogue.staff.translations.file")} <span class="required">${t("form.required")}</span></label>
      <p class="hint" id="file-hint">${t("dialogue.staff.translations.file-hint", maxMegabytes)}</p>
      <#if errors.has("file")><p class="field-error" id="file-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["file"])}</p></#if>
      <input id="file" name="file" type="file" accept=".csv,text/csv" aria-describedby="file-hint<#if errors.has("file")> file-error</#if>"<#if errors.has("file")> aria-invalid="true"</#if>>
    </div>
    <div class="checkbox">
      <input type="checkbox" id="preview" name="preview" value="1"<#if preview> checked</#if>>
      <label for="preview">${t("dialogue.staff.translations.preview")}</label>
    </div>
    <button type="submit" class="button">${t("dialogue.staff.translations.import-submit")}</button>
  </form>
</section>
</#if>
</@layout.page>
