<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("stakeholder.contacts.title")>
<#if done?has_content><@f.notice "stakeholder.done." + done/></#if>
<p class="lead">${t("stakeholder.contacts.lead")}</p>
<p class="actions"><a class="button" href="/stakeholders/new-contact">${t("stakeholder.contacts.new")}</a> <a class="button button--quiet" href="/stakeholders/retention">${t("stakeholder.retention.title")}</a> <a class="button button--quiet" href="/stakeholders/invitations">${t("stakeholder.invitation.title")}</a></p>
<p><a href="/stakeholders">${t("stakeholder.back")}</a></p>
<p>${t("stakeholder.export.contacts")}: <a href="/stakeholders/export/contacts.csv" download>CSV</a>, <a href="/stakeholders/export/contacts.xlsx" download>XLSX</a></p>
<#if contacts?has_content>
<div class="table-wrap">
<table>
  <caption class="visually-hidden">${t("stakeholder.contacts.title")}</caption>
  <thead><tr><th scope="col">${t("stakeholder.field.personName")}</th><th scope="col">${t("stakeholder.field.lawfulBasis")}</th></tr></thead>
  <tbody>
  <#list contacts as c>
    <tr><th scope="row"><a href="/stakeholders/contacts/${c.id()?c}">${c.name()}</a></th>
      <td>${t("stakeholder.basis." + c.lawfulBasis())}<#if c.consentWithdrawn()> (${t("stakeholder.consent.withdrawn")})</#if></td></tr>
  </#list>
  </tbody>
</table>
</div>
<#else>
<p>${t("stakeholder.contacts.none")}</p>
</#if>
</@layout.page>
