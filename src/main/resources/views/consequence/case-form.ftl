<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "../goals/parts.ftl" as g>
<#assign action = kase???then("/consequence/cases/" + (kase.id()!0)?c + "/edit", "/consequence/new")>
<@layout.page title=kase???then(t("consequence.edit"), t("consequence.new"))>
<#if kase??><p><a href="/consequence/cases/${kase.id()?c}">${t("consequence.back-to-case")}</a></p></#if>
<@f.errorSummary errors/>
<form method="post" action="${action}" class="form" novalidate>
  <@f.csrfField/>
  <@f.input errors=errors name="title" label=t("consequence.field.title") value=form.title()!"" required=true maxlength=200/>
  <@f.textarea errors=errors name="background" label=t("consequence.field.background") value=form.background()!"" hint=t("consequence.field.background-hint") maxlength=8000/>
  <@f.input errors=errors name="decidingBody" label=t("consequence.field.decidingBody") value=form.decidingBody()!"" hint=t("consequence.field.decidingBody-hint") maxlength=200/>
  <@f.input errors=errors name="decisionDate" label=t("consequence.field.decisionDate") value=form.decisionDate()!"" type="date" hint=t("consequence.field.date-hint")/>
  <#assign options = []><#list units as u><#assign options = options + [[u.id()?c, u.name()]]></#list>
  <@f.select errors=errors name="unit" label=t("consequence.field.unit") options=options selected=form.unitText() empty=t("consequence.field.unit-none")/>
  <#if suggested><p class="notice" role="status">${t("consequence.targets.suggested")}</p></#if>
  <#if errors.has("targets")><p class="field-error" id="targets-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["targets"])}</p></#if>
  <@g.picker model=picker legend=t("consequence.field.targets") hint=t("consequence.field.targets-hint")/>
  <fieldset class="field">
    <legend>${t("consequence.field.items")}</legend>
    <p class="hint">${t("consequence.field.items-hint")}</p>
    <@f.input errors=errors name="dialogues" label=t("consequence.item.DIALOGUE") value=form.dialogues()!"" maxlength=500/>
    <@f.input errors=errors name="workshops" label=t("consequence.item.WORKSHOP") value=form.workshops()!"" maxlength=500/>
    <@f.input errors=errors name="examples" label=t("consequence.item.EXAMPLE") value=form.examples()!"" maxlength=500/>
    <@f.input errors=errors name="stakeholders" label=t("consequence.item.STAKEHOLDER") value=form.stakeholders()!"" maxlength=500/>
  </fieldset>
  <button type="submit" class="button">${t("consequence.save")}</button>
</form>
</@layout.page>
