<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#assign base = "/consequence/cases/" + kase.id()?c>
<#assign action = alternative???then(base + "/alternatives/" + (alternative.id()!0)?c, base + "/alternatives/new")>
<@layout.page title=alternative???then(t("consequence.alternative.edit", alternative.title()), t("consequence.alternative.add"))>
<p><a href="${base}">${t("consequence.back-to-case")}</a></p>
<@f.errorSummary errors/>
<form method="post" action="${action}" class="form" novalidate>
  <@f.csrfField/>
  <@f.input errors=errors name="title" label=t("consequence.field.alternative-title") value=form.title()!"" required=true maxlength=200/>
  <@f.textarea errors=errors name="description" label=t("consequence.field.description") value=form.description()!"" maxlength=4000/>
  <fieldset class="field">
    <legend>${t("consequence.resources")}</legend>
    <p class="hint">${t("consequence.resources-hint")}</p>
    <@f.input errors=errors name="moneyOnce" label=t("consequence.field.moneyOnce") value=form.moneyOnce()!"" type="text"/>
    <@f.input errors=errors name="moneyYearly" label=t("consequence.field.moneyYearly") value=form.moneyYearly()!"" type="text"/>
    <@f.input errors=errors name="staffOnce" label=t("consequence.field.staffOnce") value=form.staffOnce()!"" type="text"/>
    <@f.input errors=errors name="staffYearly" label=t("consequence.field.staffYearly") value=form.staffYearly()!"" type="text"/>
  </fieldset>
  <@f.select errors=errors name="priority" label=t("consequence.field.priority") options=[["1", t("consequence.priority.1")], ["2", t("consequence.priority.2")], ["3", t("consequence.priority.3")]] selected=form.priority()!"" empty=t("consequence.priority.none")/>
  <@f.textarea errors=errors name="priorityReason" label=t("consequence.field.priorityReason") value=form.priorityReason()!"" maxlength=2000/>
  <button type="submit" class="button">${t("consequence.save")}</button>
</form>
</@layout.page>
