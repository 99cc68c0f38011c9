<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("account.title")>
<@f.errorSummary errors/>
<h2>${t("account.details")}</h2>
<dl class="details">
  <dt>${t("account.name")}</dt><dd>${account.displayName()}</dd>
  <dt>${t("account.email")}</dt><dd>${account.email()}</dd>
  <#if organisation?has_content><dt>${t("account.organisation")}</dt><dd>${organisation}</dd></#if>
  <dt>${t("account.roles")}</dt><dd><#list roles as r>${t("role." + r)}<#sep>, </#list></dd>
</dl>
<h2>${t("account.data.title")}</h2>
<p>${t("account.data.text")}</p>
<p><a href="/account/export" download>${t("account.data.export")}</a></p>
<h2>${t("account.password.title")}</h2>
<form method="post" action="/account/password" class="form" novalidate>
  <@f.csrfField/>
  <@f.input errors=errors name="currentPassword" label=t("account.password.current") type="password" autocomplete="current-password" required=true/>
  <@f.input errors=errors name="newPassword" label=t("account.password.new") type="password" autocomplete="new-password" required=true hint=t("invite.password.hint", minLength)/>
  <@f.input errors=errors name="newPasswordConfirmation" label=t("account.password.confirm") type="password" autocomplete="new-password" required=true/>
  <button type="submit" class="button">${t("account.password.submit")}</button>
</form>
</@layout.page>
