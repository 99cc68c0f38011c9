<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("login.title")>
<@f.notice info/>
<@f.problem notice/>
<@f.errorSummary errors/>
<form method="post" action="/login" class="form" novalidate>
  <@f.csrfField/>
  <input type="hidden" name="next" value="${next}">
  <@f.input errors=errors name="email" label=t("login.email") value=email type="email" autocomplete="username" required=true/>
  <@f.input errors=errors name="password" label=t("login.password") type="password" autocomplete="current-password" required=true/>
  <button type="submit" class="button">${t("login.submit")}</button>
</form>
<p class="hint">${t("login.help")}</p>
</@layout.page>
