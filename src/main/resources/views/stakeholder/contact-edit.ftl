<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#assign action = contact???then("/stakeholders/contacts/" + (contact.id()!0)?c + "/edit", "/stakeholders/new-contact")>
<@layout.page title=contact???then(t("stakeholder.contacts.edit"), t("stakeholder.contacts.new"))>
<p class="lead">${t("stakeholder.contacts.privacy")}</p>
<@f.errorSummary errors/>
<form method="post" action="${action}" class="form" novalidate>
  <@f.csrfField/>
  <@f.input errors=errors name="name" label=t("stakeholder.field.personName") value=form.name() required=true maxlength=200 autocomplete="off"/>
  <@f.input errors=errors name="email" label=t("stakeholder.field.email") value=form.email() type="email" maxlength=254 autocomplete="off"/>
  <@f.input errors=errors name="phone" label=t("stakeholder.field.phone") value=form.phone() type="tel" maxlength=50 autocomplete="off"/>
  <#assign basisOptions = []><#list bases as b><#assign basisOptions = basisOptions + [[b, t("stakeholder.basis." + b)]]></#list>
  <@f.select errors=errors name="lawfulBasis" label=t("stakeholder.field.lawfulBasis") options=basisOptions selected=form.basisName() required=true empty=t("stakeholder.choose") hint=t("stakeholder.field.lawfulBasis-hint")/>
  <@f.input errors=errors name="consentGivenOn" label=t("stakeholder.field.consentGivenOn") value=form.consentGivenOn() type="date" hint=t("stakeholder.field.consent-hint")/>
  <@f.input errors=errors name="consentHow" label=t("stakeholder.field.consentHow") value=form.consentHow() maxlength=500 hint=t("stakeholder.field.consent-hint")/>
  <@f.textarea errors=errors name="notes" label=t("stakeholder.field.notes") value=form.notes() maxlength=4000/>
  <button type="submit" class="button">${t("stakeholder.save")}</button>
</form>
</@layout.page>
