<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#assign action = stakeholder???then("/stakeholders/organisations/" + (stakeholder.id()!0)?c + "/edit", "/stakeholders/new-organisation")>
<@layout.page title=stakeholder???then(t("stakeholder.edit.title"), t("stakeholder.new"))>
<@f.errorSummary errors/>
<form method="post" action="${action}" class="form" novalidate>
  <@f.csrfField/>
  <@f.input errors=errors name="name" label=t("stakeholder.field.name") value=form.name() required=true maxlength=300/>
  <#assign kindOptions = []><#list kinds as k><#assign kindOptions = kindOptions + [[k, t("stakeholder.kind." + k)]]></#list>
  <@f.select errors=errors name="kind" label=t("stakeholder.field.kind") options=kindOptions selected=form.kindName() required=true empty=t("stakeholder.choose")/>
  <div class="checkbox"><input type="checkbox" id="internal" name="internal" value="on"<#if form.internal()> checked</#if>><label for="internal">${t("stakeholder.field.internal")}</label></div>
  <@f.input errors=errors name="orgNumber" label=t("stakeholder.field.orgNumber") value=form.orgNumber() hint=t("stakeholder.field.orgNumber-hint") maxlength=13/>
  <@f.textarea errors=errors name="address" label=t("stakeholder.field.address") value=form.address() maxlength=500/>
  <@f.input errors=errors name="web" label=t("stakeholder.field.web") value=form.web() type="url" hint=t("stakeholder.field.web-hint") maxlength=500/>
  <@f.textarea errors=errors name="description" label=t("stakeholder.field.description") value=form.description() maxlength=4000/>
  <button type="submit" class="button">${t("stakeholder.save")}</button>
</form>
</@layout.page>
