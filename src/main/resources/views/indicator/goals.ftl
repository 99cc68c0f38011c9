<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "../goals/parts.ftl" as g>
<@layout.page title=t("indicator.goals.title", indicator.title())>
<p><a href="/indicators/${indicator.id()?c}">${t("indicator.back-to", indicator.title())}</a></p>
<@f.errorSummary errors/>
<form method="post" action="/indicators/${indicator.id()?c}/goals" class="form form--wide" novalidate>
  <@f.csrfField/>
  <#if errors.has("targets")><p class="field-error" id="targets"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["targets"])}</p></#if>
  <@g.picker model=picker legend=t("indicator.goals.legend") hint=t("indicator.goals.hint")/>
  <button type="submit" class="button">${t("indicator.save")}</button>
</form>
</@layout.page>
