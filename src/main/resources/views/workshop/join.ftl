<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("workshop.join.title", workshop.title())>
<#if workshop.description()?has_content><p class="lead" dir="auto">${workshop.description()}</p></#if>
<#if workshop.isEnded()>
<p class="notice">${t("workshop.ended")}</p>
<#if (decisions!)?has_content>
<section aria-labelledby="decided-heading">
<h2 id="decided-heading">${t("dialogue.decided.heading")}</h2>
<p>${t("workshop.decided.lead")}</p>
<ul><#list decisions as fl><li><a href="${fl.href()}?lang=${lang.code()}">${fl.title()}</a></li></#list></ul>
</section>
</#if>
<#else>
<@f.errorSummary errors/>
<form method="post" action="/w/${workshop.code()}/join" class="form" novalidate>
  <@f.csrfField/>
  <#if invitation?has_content><input type="hidden" name="invitation" value="${invitation}"></#if>
  <@f.input errors=errors name="name" label=t("workshop.join.name") value=name autocomplete="nickname" required=!workshop.allowAnonymous() hint=t(workshop.allowAnonymous()?then("workshop.join.name-hint-optional", "workshop.join.name-hint")) maxlength=60/>
  <button type="submit" class="button">${t("workshop.join.submit")}</button>
</form>
<p class="hint">${t("workshop.join.privacy")}</p>
</#if>
</@layout.page>
