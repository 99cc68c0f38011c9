<#import "../layout.ftl" as layout>
<@layout.page title=network.name()>
<#if network.description()?has_content><p class="lead" dir="auto">${network.description()}</p></#if>
<h2>${t("network.members")}</h2>
<ul class="plain-list">
<#list members as m>
  <li>${m.organisation().name()} <span class="tag">${t("organisation.kind." + m.organisation().kind().name())}</span><#if m.coordinator()> <span class="tag">${t("network.coordinator")}</span></#if></li>
</#list>
</ul>
<p><a href="/networks">${t("networks.back")}</a></p>
</@layout.page>
