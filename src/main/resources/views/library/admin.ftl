<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("library.admin.title")>
<p class="lead">${t("library.admin.lead")}</p>
<#if rebuild??><div class="notice" role="status">${t("library.admin.rebuilt", rebuild.documents(), rebuild.millis())}</div></#if>
<dl class="details">
  <dt>${t("library.admin.indexed")}</dt><dd>${fmt.number(indexed)}</dd>
  <dt>${t("library.admin.published")}</dt><dd>${fmt.number(published)}</dd>
</dl>
<form method="post" action="/platform/library/rebuild">
  <@f.csrfField/>
  <button type="submit" class="button">${t("library.admin.rebuild")}</button>
</form>
</@layout.page>
