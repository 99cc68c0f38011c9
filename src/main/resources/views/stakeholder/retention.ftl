<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("stakeholder.retention.title")>
<#if done?has_content><@f.notice "stakeholder.done." + done/></#if>
<@f.errorSummary errors/>
<p class="lead">${t("stakeholder.retention.lead", graceDays)}</p>
<p><a href="/stakeholders/contacts">${t("stakeholder.contacts.back")}</a></p>
<form method="post" action="/stakeholders/retention" class="form" novalidate>
  <@f.csrfField/>
  <@f.input errors=errors name="months" label=t("stakeholder.field.retentionMonths") value=months type="number" required=true hint=t("stakeholder.field.retentionMonths-hint") maxlength=3/>
  <button type="submit" class="button">${t("stakeholder.retention.save")}</button>
</form>
<h2 id="due-heading">${t("stakeholder.retention.due")}</h2>
<#if due?has_content>
<div class="table-wrap">
<table aria-labelledby="due-heading">
  <thead><tr><th scope="col">${t("stakeholder.field.personName")}</th><th scope="col">${t("stakeholder.retention.last")}</th><th scope="col">${t("stakeholder.retention.erased-after")}</th><th scope="col">${t("stakeholder.retention.action")}</th></tr></thead>
  <tbody>
  <#list due as d>
    <tr><th scope="row"><a href="/stakeholders/contacts/${d.contact().id()?c}">${d.contact().name()}</a></th>
      <td><time datetime="${d.lastActivityText()}">${d.lastActivityText()}</time></td>
      <td><time datetime="${d.erasedAfterText()}">${d.erasedAfterText()}</time></td>
      <td><form method="post" action="/stakeholders/contacts/${d.contact().id()?c}/keep" class="inline"><@f.csrfField/><button type="submit" class="button button--quiet">${t("stakeholder.retention.keep")}<span class="visually-hidden"> ${d.contact().name()}</span></button></form></td></tr>
  </#list>
  </tbody>
</table>
</div>
<#else>
<p>${t("stakeholder.retention.none")}</p>
</#if>
</@layout.page>
