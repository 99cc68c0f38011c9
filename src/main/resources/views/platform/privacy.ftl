<#import "../layout.ftl" as layout>
<@layout.page title=t("privacy.title")>
<p class="lead">${t("privacy.lead")}</p>
<h2>${t("privacy.residents.title")}</h2>
<p>${t("privacy.residents.text")}</p>
<h2>${t("privacy.staff.title")}</h2>
<p>${t("privacy.staff.text")}</p>
<h2>${t("privacy.cookies.title")}</h2>
<ul>
  <li>${t("privacy.cookies.session")}</li>
  <li>${t("privacy.cookies.csrf")}</li>
  <li>${t("privacy.cookies.lang")}</li>
</ul>
<h2>${t("privacy.rights.title")}</h2>
<p>${t("privacy.rights.text")}</p>
<h2>${t("privacy.controller.title")}</h2>
<p>${t("privacy.controller.text")}</p>
</@layout.page>
