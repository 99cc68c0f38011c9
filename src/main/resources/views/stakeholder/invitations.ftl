<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("stakeholder.invitation.title")>
<#if done?has_content><div class="notice" role="status">${t("stakeholder.invitation.done", done)}</div></#if>
<@f.errorSummary errors/>
<p class="lead">${t("stakeholder.invitation.lead")}</p>
<p><a href="/stakeholders/contacts">${t("stakeholder.contacts.back")}</a></p>
<#if !sending><p class="notice">${t("stakeholder.invitation.not-sending")}</p></#if>
<form method="get" action="/stakeholders/invitations" class="form">
  <@f.select errors=errors name="occasion" label=t("stakeholder.invitation.occasion") options=occasions selected=occasionValue empty=t("stakeholder.invitation.choose")/>
  <@f.input errors=errors name="q" label=t("stakeholder.invitation.filter") value=q type="search"/>
  <button type="submit" class="button button--quiet">${t("stakeholder.invitation.show")}</button>
</form>
<#if occasion?has_content>
<h2 id="contacts-heading">${t("stakeholder.invitation.contacts", occasion.title())}</h2>
<#if occasion.anonymous()><p class="notice">${t("stakeholder.invitation.anonymous")}</p></#if>
<#if candidates?has_content>
<form method="post" action="/stakeholders/invitations" class="form" novalidate>
  <@f.csrfField/>
  <input type="hidden" name="occasion" value="${occasionValue}">
  <input type="hidden" name="q" value="${q}">
  <fieldset id="contacts"<#if errors.has("contacts")> aria-describedby="contacts-error"</#if>>
    <legend>${t("stakeholder.invitation.choose-contacts")}</legend>
    <#if errors.has("contacts")><p class="field-error" id="contacts-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["contacts"])}</p></#if>
    <#list candidates as c>
    <div class="checkbox">
      <input type="checkbox" id="contact-${c.contact().id()?c}" name="contact" value="${c.contact().id()?c}"<#if c.invited()> disabled<#elseif chosen?seq_contains(c.contact().id()?c)> checked</#if>>
      <label for="contact-${c.contact().id()?c}">${c.contact().name()} <span class="hint"><#if c.reachable()>${c.contact().email()}<#else>${t("stakeholder.invitation.no-email")}</#if><#if c.invited()> · ${t("stakeholder.invitation.already")}</#if></span></label>
    </div>
    </#list>
  </fieldset>
  <@f.select errors=errors name="language" label=t("stakeholder.invitation.language") options=languages selected=language required=true/>
  <div class="checkbox">
    <input type="checkbox" id="mail" name="mail" value="yes" checked aria-describedby="mail-hint">
    <label for="mail">${t("stakeholder.invitation.mail")}</label>
  </div>
  <p class="hint" id="mail-hint">${t("stakeholder.invitation.mail-hint")}</p>
  <button type="submit" class="button">${t("stakeholder.invitation.invite")}</button>
</form>
<#else>
<p>${t("stakeholder.invitation.none")}</p>
</#if>
<h2 id="invited-heading">${t("stakeholder.invitation.invited")}</h2>
<#if invited?has_content>
<p><a href="/stakeholders/invitations.csv?occasion=${occasionValue}" download>${t("stakeholder.invitation.export")}</a></p>
<div class="table-wrap">
<table aria-labelledby="invited-heading">
  <thead><tr><th scope="col">${t("stakeholder.field.personName")}</th><th scope="col">${t("stakeholder.invitation.col.invited")}</th><th scope="col">${t("stakeholder.invitation.col.started." + occasion.kind())}</th><th scope="col">${t("stakeholder.invitation.col.completed." + occasion.kind())}</th><th scope="col">${t("stakeholder.invitation.col.mail")}</th></tr></thead>
  <tbody>
  <#list invited as i>
    <tr><th scope="row"><a href="/stakeholders/contacts/${i.contact().id()?c}">${i.contact().name()}</a></th>
      <td>${fmt.dateTime(i.row().invitedAt())}</td>
      <td><#if i.row().startedAt()??>${fmt.dateTime(i.row().startedAt())}<#else>–</#if></td>
      <td><#if i.row().completedAt()??>${fmt.dateTime(i.row().completedAt())}<#else>–</#if></td>
      <td><#if i.mail()??>${t("stakeholder.invitation.status." + i.mail().status())}<#if i.mail().lastError()?has_content> (${i.mail().lastError()})</#if><#else>${t("stakeholder.invitation.status.NONE")}</#if></td></tr>
  </#list>
  </tbody>
</table>
</div>
<#else>
<p>${t("stakeholder.invitation.nobody")}</p>
</#if>
</#if>
<p><a href="/stakeholders/outbox.csv" download>${t("stakeholder.invitation.outbox-export")}</a></p>
</@layout.page>
