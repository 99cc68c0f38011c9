<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "parts.ftl" as p>
<@layout.page title=contact.name()>
<#if done?has_content><@f.notice "stakeholder.done." + done/></#if>
<@f.errorSummary errors/>
<p><a href="/stakeholders/contacts">${t("stakeholder.contacts.back")}</a></p>
<dl class="facts">
  <#if contact.email()?has_content><dt>${t("stakeholder.field.email")}</dt><dd>${contact.email()}</dd></#if>
  <#if contact.phone()?has_content><dt>${t("stakeholder.field.phone")}</dt><dd>${contact.phone()}</dd></#if>
  <dt>${t("stakeholder.field.lawfulBasis")}</dt><dd>${t("stakeholder.basis." + contact.lawfulBasis())}</dd>
  <#if contact.consentGivenOnText()?has_content><dt>${t("stakeholder.field.consentGivenOn")}</dt><dd><time datetime="${contact.consentGivenOnText()}">${contact.consentGivenOnText()}</time>, ${contact.consentHow()}</dd></#if>
  <#if contact.consentWithdrawnOnText()?has_content><dt>${t("stakeholder.consent.withdrawn")}</dt><dd><time datetime="${contact.consentWithdrawnOnText()}">${contact.consentWithdrawnOnText()}</time></dd></#if>
  <#if contact.notes()?has_content><dt>${t("stakeholder.field.notes")}</dt><dd dir="auto">${contact.notes()}</dd></#if>
</dl>
<p class="actions"><a class="button button--quiet" href="/stakeholders/contacts/${contact.id()?c}/edit">${t("stakeholder.contacts.edit")}</a>
<a class="button button--quiet" href="/api/v1/stakeholders/contacts/${contact.id()?c}/export" download>${t("stakeholder.personal.export")}</a>
<a class="button button--quiet" href="/stakeholders/contacts/${contact.id()?c}/vcard" download>${t("stakeholder.personal.vcard")}</a></p>
<#if contact.lawfulBasis() == "CONSENT" && !contact.consentWithdrawn()>
<form method="post" action="/stakeholders/contacts/${contact.id()?c}/withdraw-consent" class="inline"><@f.csrfField/><button type="submit" class="button button--quiet">${t("stakeholder.consent.withdraw")}</button></form>
</#if>

<h2>${t("stakeholder.roles")}</h2>
<#if roles?has_content>
<ul>
<#list roles as role>
  <li><a href="/stakeholders/organisations/${role.stakeholder().id()?c}">${role.stakeholder().name()}</a><#if role.row().roleTitle()?has_content>, ${role.row().roleTitle()}</#if> <@p.period role.row()/>
    <form method="post" action="/stakeholders/roles/${role.row().id()?c}/delete" class="inline"><@f.csrfField/><button type="submit" class="button button--quiet">${t("stakeholder.remove")}<span class="visually-hidden"> ${role.stakeholder().name()}</span></button></form></li>
</#list>
</ul>
<#else>
<p>${t("stakeholder.roles.none")}</p>
</#if>
<#if stakeholders?has_content>
<form method="post" action="/stakeholders/contacts/${contact.id()?c}/roles" class="form" novalidate>
  <@f.csrfField/>
  <fieldset>
    <legend>${t("stakeholder.roles.add")}</legend>
    <#assign orgOptions = []><#list stakeholders as s><#assign orgOptions = orgOptions + [[s.id()?c, s.name()]]></#list>
    <@f.select errors=errors name="other" label=t("stakeholder.field.organisation") options=orgOptions selected=roleForm.otherText() required=true empty=t("stakeholder.choose")/>
    <@f.input errors=errors name="label" label=t("stakeholder.field.roleTitle") value=roleForm.label() maxlength=200/>
    <@p.periodFields errors roleForm/>
    <button type="submit" class="button">${t("stakeholder.roles.add")}</button>
  </fieldset>
</form>
</#if>

<h2 id="erase-heading">${t("stakeholder.personal.erase")}</h2>
<form method="post" action="/stakeholders/contacts/${contact.id()?c}/erase" class="form" novalidate>
  <@f.csrfField/>
  <p class="hint">${t("stakeholder.personal.erase-hint")}</p>
  <div class="field<#if errors.has("confirm")> field--error</#if>">
    <@f.fieldMessages errors "confirm" ""/>
    <div class="checkbox"><input type="checkbox" id="confirm" name="confirm" value="on"<#if errors.has("confirm")> aria-describedby="confirm-error" aria-invalid="true"</#if>><label for="confirm">${t("stakeholder.personal.erase-confirm")}</label></div>
  </div>
  <button type="submit" class="button button--danger">${t("stakeholder.personal.erase")}</button>
</form>

<h2 id="timeline-heading">${t("stakeholder.timeline")}</h2>
<@p.timeline entries=timeline headingId="timeline-heading" withOrganisation=true canFollowUp=true/>
<@p.engagementForm action="/stakeholders/contacts/" + contact.id()?c + "/engagements" errors=errors form=engagementForm kinds=engagementKinds agreementKinds=agreementKinds otherOptions=orgOptions![] otherLabel=t("stakeholder.field.organisation")/>
</@layout.page>
