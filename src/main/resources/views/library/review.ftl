<#import "../layout.ftl" as layout>
<#import "parts.ftl" as p>
<@layout.page title=t("library.review.title")>
<p class="lead">${t("library.review.lead")}</p>
<#if examples?has_content>
<ul class="link-list">
<#list examples as e>
  <#assign c = e.in(lang.code())>
  <li><a href="/library/examples/${e.id()?c}"><@p.inLang c.lang()>${c.texts().title()}</@p.inLang></a>
    <span class="link-list__context">(${e.organisationName()}, ${t("library.visibility." + e.visibility())}<#if e.networkName()??>: ${e.networkName()}</#if>)</span></li>
</#list>
</ul>
<#else>
<p>${t("library.review.none")}</p>
</#if>
</@layout.page>
