<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#if user??>
<@layout.page title=t("home.staff.title", user.displayName())>
<@f.notice notice/>
<p class="lead">${t("home.staff.lead")}</p>
<#if nav?size gt 1>
<h2>${t("home.staff.areas")}</h2>
<ul class="cards">
<#list nav as item><#if item.path() != "/">
  <li class="card"><a href="${item.path()}">${t(item.labelKey())}</a><p>${t(item.labelKey() + ".description")}</p></li>
</#if></#list>
  <li class="card"><a href="/account">${t("nav.account")}</a><p>${t("nav.account.description")}</p></li>
</ul>
<#else>
<p><a href="/account">${t("nav.account")}</a></p>
</#if>
</@layout.page>
<#else>
<@layout.page title=t("home.title")>
<@f.notice notice/>
<p class="lead">${t("home.lead")}</p>
<h2>${t("home.what.title")}</h2>
<ul class="cards">
  <li class="card"><h3>${t("home.what.dialogues")}</h3><p>${t("home.what.dialogues.text")}</p></li>
  <li class="card"><h3>${t("home.what.workshops")}</h3><p>${t("home.what.workshops.text")}</p></li>
  <li class="card"><h3>${t("home.what.stakeholders")}</h3><p>${t("home.what.stakeholders.text")}</p></li>
  <li class="card"><h3>${t("home.what.library")}</h3><p>${t("home.what.library.text")}</p></li>
  <li class="card"><h3>${t("home.what.assessments")}</h3><p>${t("home.what.assessments.text")}</p></li>
</ul>
<h2>${t("home.staff.heading")}</h2>
<p>${t("home.staff.text")}</p>
<p><a class="button" href="/login">${t("layout.sign-in")}</a></p>
</@layout.page>
</#if>
