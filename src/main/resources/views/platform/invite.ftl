<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("invite.title")>
<p>${t("invite.lead", invitation.email())}</p>
<@f.errorSummary errors/>
<form method="post" action="/invite/${token}" class="form" novalidate>
  <@f.csrfField/>
  <@f.input errors=errors name="displayName" label=t("invite.name") value=displayName autocomplete="name" required=true maxlength=120/>
  <@f.input errors=errors name="password" label=t("invite.password") type="password" autocomplete="new-password" required=true hint=t("invite.password.hint", minLength)/>
  <@f.input errors=errors name="passwordConfirmation" label=t("invite.password-confirmation") type="password" autocomplete="new-password" required=true/>
  <button type="submit" class="button">${t("invite.submit")}</button>
</form>
</@layout.page>
