<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "../goals/parts.ftl" as g>
<@layout.page title=t("stakeholder.targets.title", stakeholder.name())>
<p><a href="/stakeholders/organisations/${stakeholder.id()?c}">${t("stakeholder.targets.back", stakeholder.name())}</a></p>
<@f.errorSummary errors/>
<form method="post" action="/stakeholders/organisations/${stakeholder.id()?c}/targets" class="form form--wide" novalidate>
  <@f.csrfField/>
  <#if errors.has("targets")><p class="field-error" id="targets"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["targets"])}</p></#if>
  <@g.picker model=picker legend=t("stakeholder.targets.legend") hint=t("stakeholder.targets.hint")/>
  <@f.textarea errors=errors name="note" label=t("stakeholder.field.targetNote") value=note hint=t("stakeholder.field.targetNote-hint") maxlength=1000/>
  <button type="submit" class="button">${t("stakeholder.save")}</button>
</form>
</@layout.page>
