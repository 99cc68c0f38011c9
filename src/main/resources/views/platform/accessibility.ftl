<#import "../layout.ftl" as layout>
<@layout.page title=t("accessibility.title")>
<p class="lead">${t("accessibility.lead")}</p>
<h2>${t("accessibility.status.title")}</h2>
<p>${t("accessibility.status.text")}</p>
<h2>${t("accessibility.how.title")}</h2>
<ul>
  <li>${t("accessibility.how.keyboard")}</li>
  <li>${t("accessibility.how.screenreader")}</li>
  <li>${t("accessibility.how.zoom")}</li>
  <li>${t("accessibility.how.languages")}</li>
  <li>${t("accessibility.how.motion")}</li>
</ul>
<h2>${t("accessibility.known.title")}</h2>
<p>${t("accessibility.known.text")}</p>
<h2>${t("accessibility.feedback.title")}</h2>
<p>${t("accessibility.feedback.text")}</p>
<h2>${t("accessibility.enforcement.title")}</h2>
<p>${t("accessibility.enforcement.text")}</p>
<h2>${t("accessibility.method.title")}</h2>
<p>${t("accessibility.method.text")}</p>
</@layout.page>
