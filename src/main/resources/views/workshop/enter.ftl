<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("workshop.enter.title")>
<p class="lead">${t("workshop.enter.lead")}</p>
<@f.errorSummary errors/>
<form method="post" action="/w" class="form" novalidate>
  <@f.csrfField/>
  <@f.input errors=errors name="code" label=t("workshop.enter.code") value=code autocomplete="off" required=true hint=t("workshop.enter.code-hint") maxlength=12/>
  <button type="submit" class="button">${t("workshop.enter.submit")}</button>
</form>
</@layout.page>
