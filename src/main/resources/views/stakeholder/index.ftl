<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "parts.ftl" as p>
<@layout.page title=t("stakeholder.title")>
<#if done?has_content><@f.notice "stakeholder.done." + done/></#if>
<p class="lead">${t("stakeholder.lead")}</p>
<p class="actions">
<#if canEdit><a class="button" href="/stakeholders/new-organisation">${t("stakeholder.new")}</a>
<a class="button button--quiet" href="/stakeholders/import">${t("stakeholder.import.title")}</a></#if>
<a class="button button--quiet" href="/stakeholders/find">${t("stakeholder.find.title")}</a>
<a class="button button--quiet" href="/stakeholders/grid">${t("stakeholder.grid.title")}</a>
<a class="button button--quiet" href="/stakeholders/shared">${t("stakeholder.shared.title")}</a>
<#if canPersonal><a class="button button--quiet" href="/stakeholders/contacts">${t("stakeholder.contacts.title")}</a></#if>
</p>
<#if followUps?has_content>
<h2 id="follow-ups-heading">${t("stakeholder.follow-ups")}</h2>
<@p.timeline entries=followUps headingId="follow-ups-heading" withOrganisation=true withPerson=canPersonal canFollowUp=canEdit/>
</#if>
<#if expiring?has_content>
<h2 id="expiring-heading">${t("stakeholder.expiring")}</h2>
<@p.timeline entries=expiring headingId="expiring-heading" withOrganisation=true withPerson=canPersonal/>
</#if>
<h2 id="organisations-heading">${t("stakeholder.organisations")}</h2>
<#if stakeholders?has_content>
<div class="table-wrap">
<table aria-labelledby="organisations-heading">
  <thead><tr><th scope="col">${t("stakeholder.field.name")}</th><th scope="col">${t("stakeholder.field.kind")}</th><th scope="col">${t("stakeholder.field.orgNumber")}</th></tr></thead>
  <tbody>
  <#list stakeholders as s>
    <tr><th scope="row"><a href="/stakeholders/organisations/${s.id()?c}">${s.name()}</a></th>
      <td>${t("stakeholder.kind." + s.kind())}<#if s.internal()> (${t("stakeholder.internal")})</#if></td>
      <td>${s.orgNumberText()}</td></tr>
  </#list>
  </tbody>
</table>
</div>
<#else>
<p>${t("stakeholder.none")}</p>
</#if>
</@layout.page>
