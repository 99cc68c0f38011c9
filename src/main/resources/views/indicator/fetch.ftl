<#import "../layout.ftl" as layout>
<@layout.page title=t("indicator.fetch.title")>
<p><a href="/indicators/import">${t("indicator.import.title")}</a></p>
<section class="panel" aria-labelledby="fetch-heading" data-progress="/indicators/import/fetch/status" data-progress-done="/indicators/import/fetch">
  <h2 id="fetch-heading">${t("indicator.fetch.running")}</h2>
  <progress aria-labelledby="fetch-heading"></progress>
  <p role="status" data-progress-text>${progressText}</p>
  <p class="hint">${t("indicator.fetch.hint")}</p>
</section>
<p><a href="/indicators/import/fetch">${t("indicator.fetch.look-again")}</a></p>
<p class="hint">${t("indicator.kolada.source")}</p>
</@layout.page>
