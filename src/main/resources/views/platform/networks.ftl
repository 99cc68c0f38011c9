<#import "../layout.ftl" as layout>
<@layout.page title=t("networks.title")>
<p class="lead">${t("networks.lead")}</p>
<#if networks?has_content>
<ul class="cards">
<#list networks as n>
  <li class="card"><a href="/networks/${n.id()?c}">${n.name()}</a><#if n.description()?has_content><p dir="auto">${n.description()}</p></#if></li>
</#list>
</ul>
<#else>
<p>${t("networks.none")}</p>
</#if>
</@layout.page>
