<#import "../layout.ftl" as layout>
<#assign s = view.stakeholder()>
<@layout.page title=s.name()>
<p><a href="/stakeholders/shared">${t("stakeholder.shared.back")}</a></p>
<p>${t("stakeholder.shared.from", view.owner(), view.network())}</p>
<dl class="facts">
  <dt>${t("stakeholder.field.kind")}</dt><dd>${t("stakeholder.kind." + s.kind())}</dd>
  <#if s.orgNumber()??><dt>${t("stakeholder.field.orgNumber")}</dt><dd>${s.orgNumberText()}</dd></#if>
  <#if s.address()?has_content><dt>${t("stakeholder.field.address")}</dt><dd>${s.address()}</dd></#if>
  <#if s.web()?has_content><dt>${t("stakeholder.field.web")}</dt><dd><a href="${s.web()}" rel="noopener">${s.web()}</a></dd></#if>
  <#if s.description()?has_content><dt>${t("stakeholder.field.description")}</dt><dd dir="auto">${s.description()}</dd></#if>
</dl>
</@layout.page>
