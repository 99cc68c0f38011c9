<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "parts.ftl" as p>
<#import "../goals/parts.ftl" as g>
<@layout.page title=stakeholder.name()>
<#if done?has_content><@f.notice "stakeholder.done." + done/></#if>
<@f.errorSummary errors/>
<p><a href="/stakeholders">${t("stakeholder.back")}</a></p>
<dl class="facts">
  <dt>${t("stakeholder.field.kind")}</dt><dd>${t("stakeholder.kind." + stakeholder.kind())} (${stakeholder.internal()?then(t("stakeholder.internal"), t("stakeholder.external"))})</dd>
  <#if stakeholder.orgNumber()??><dt>${t("stakeholder.field.orgNumber")}</dt><dd>${stakeholder.orgNumberText()}</dd></#if>
  <#if stakeholder.address()?has_content><dt>${t("stakeholder.field.address")}</dt><dd>${stakeholder.address()}</dd></#if>
  <#if stakeholder.web()?has_content><dt>${t("stakeholder.field.web")}</dt><dd><a href="${stakeholder.web()}" rel="noopener">${stakeholder.web()}</a></dd></#if>
  <#if stakeholder.description()?has_content><dt>${t("stakeholder.field.description")}</dt><dd dir="auto">${stakeholder.description()}</dd></#if>
</dl>
<#if canEdit><p class="actions"><a class="button button--quiet" href="/stakeholders/organisations/${stakeholder.id()?c}/edit">${t("stakeholder.edit.title")}</a></p></#if>

<h2>${t("stakeholder.targets")}</h2>
<#if targets?has_content>
<ul class="stakeholder-targets">
<#list targets as l>
  <li><a href="/goals/${l.element().frameworkKey()}/${l.element().code()}">${l.element().code()} <@g.text l.element().label(lang.code())/></a><#if l.note()?has_content> – ${l.note()}</#if></li>
</#list>
</ul>
<#else>
<p>${t("stakeholder.targets.none")}</p>
</#if>
<#if canEdit><p><a class="button button--quiet" href="/stakeholders/organisations/${stakeholder.id()?c}/targets">${t("stakeholder.targets.edit")}</a></p></#if>

<h2 id="placements-heading">${t("stakeholder.placements")}</h2>
<#if placements?has_content>
<div class="table-wrap">
<table aria-labelledby="placements-heading">
  <thead><tr><th scope="col">${t("stakeholder.field.placedOn")}</th><th scope="col">${t("stakeholder.field.issue")}</th><th scope="col">${t("stakeholder.field.quadrant")}</th><th scope="col">${t("stakeholder.field.interest")}</th><th scope="col">${t("stakeholder.field.influence")}</th><th scope="col">${t("stakeholder.field.note")}</th></tr></thead>
  <tbody>
  <#list placements as pl>
    <tr><td><time datetime="${pl.placedOnText()}">${pl.placedOnText()}</time></td><td><@p.issue kind=pl.issueKind() label=pl.issueLabel() ref=(pl.issueRef()?c)!""/></td>
      <td>${t("stakeholder.quadrant." + pl.quadrant())}</td><td>${pl.interest()}</td><td>${pl.influence()}</td><td dir="auto">${pl.note()}</td></tr>
  </#list>
  </tbody>
</table>
</div>
<#else>
<p>${t("stakeholder.placements.none")}</p>
</#if>
<#if canEdit>
<form method="post" action="/stakeholders/organisations/${stakeholder.id()?c}/placements" class="form" novalidate>
  <@f.csrfField/>
  <fieldset>
    <legend>${t("stakeholder.placements.add")}</legend>
    <p class="hint">${t("stakeholder.placements.hint")}</p>
    <#assign levelOptions = []><#list levels as l><#assign levelOptions = levelOptions + [[l?c, l?c]]></#list>
    <@f.select errors=errors name="interest" label=t("stakeholder.field.interest") options=levelOptions selected=placementForm.interestText() required=true empty=t("stakeholder.choose")/>
    <@f.select errors=errors name="influence" label=t("stakeholder.field.influence") options=levelOptions selected=placementForm.influenceText() required=true empty=t("stakeholder.choose")/>
    <#assign issueOptions = []><#list issueKinds as k><#assign issueOptions = issueOptions + [[k, t("stakeholder.issue-kind." + k)]]></#list>
    <@f.select errors=errors name="issueKind" label=t("stakeholder.field.issueKind") options=issueOptions selected=placementForm.issueKindName() required=true/>
    <@f.input errors=errors name="issueRef" label=t("stakeholder.field.issueRef") value=placementForm.issueRef() hint=t("stakeholder.field.issueRef-hint") maxlength=15/>
    <@f.input errors=errors name="issueLabel" label=t("stakeholder.field.issueLabel") value=placementForm.issueLabel() hint=t("stakeholder.field.issueLabel-hint") maxlength=200/>
    <@f.input errors=errors name="placedOn" label=t("stakeholder.field.placedOn") value=placementForm.placedOn() type="date" required=true/>
    <@f.textarea errors=errors name="note" label=t("stakeholder.field.note") value=placementForm.note() maxlength=2000/>
    <button type="submit" class="button">${t("stakeholder.placements.add")}</button>
  </fieldset>
</form>
</#if>

<h2 id="relations-heading">${t("stakeholder.relations")}</h2>
<#if relations?has_content>
<ul class="relations">
<#list relations as r>
  <li><#if r.incoming()><a href="/stakeholders/organisations/${r.other().id()?c}">${r.other().name()}</a> ${t("stakeholder.relation." + r.kind())} ${stakeholder.name()}<#else>${stakeholder.name()} ${t("stakeholder.relation." + r.kind())} <a href="/stakeholders/organisations/${r.other().id()?c}">${r.other().name()}</a></#if>
    <@p.period r.row()/>
    <#if canEdit><form method="post" action="/stakeholders/relations/${r.id()?c}/delete" class="inline"><@f.csrfField/><button type="submit" class="button button--quiet">${t("stakeholder.remove")}<span class="visually-hidden"> ${r.other().name()}</span></button></form></#if>
  </li>
</#list>
</ul>
<#else>
<p>${t("stakeholder.relations.none")}</p>
</#if>
<#if canEdit && others?has_content>
<form method="post" action="/stakeholders/organisations/${stakeholder.id()?c}/relations" class="form" novalidate>
  <@f.csrfField/>
  <fieldset>
    <legend>${t("stakeholder.relations.add")}</legend>
    <#assign kindOptions = []><#list relationKinds as k><#assign kindOptions = kindOptions + [[k, t("stakeholder.relation." + k)]]></#list>
    <@f.select errors=errors name="kind" label=t("stakeholder.field.relation") options=kindOptions selected=relationForm.kindName() required=true empty=t("stakeholder.choose")/>
    <#assign otherOptions = []><#list others as o><#assign otherOptions = otherOptions + [[o.id()?c, o.name()]]></#list>
    <@f.select errors=errors name="other" label=t("stakeholder.field.other") options=otherOptions selected=relationForm.otherText() required=true empty=t("stakeholder.choose")/>
    <@p.periodFields errors relationForm/>
    <button type="submit" class="button">${t("stakeholder.relations.add")}</button>
  </fieldset>
</form>
</#if>

<h2 id="timeline-heading">${t("stakeholder.timeline")}</h2>
<@p.timeline entries=timeline.entries() headingId="timeline-heading" withPerson=canPersonal canFollowUp=canEdit/>
<#if timeline.number() gt 0 || timeline.older()>
<nav class="pager" aria-label="${t("stakeholder.timeline.pages")}"><#if timeline.number() gt 0><a href="/stakeholders/organisations/${stakeholder.id()?c}?page=${(timeline.number() - 1)?c}#timeline-heading">${t("stakeholder.timeline.newer")}</a> </#if><#if timeline.older()><a href="/stakeholders/organisations/${stakeholder.id()?c}?page=${(timeline.number() + 1)?c}#timeline-heading">${t("stakeholder.timeline.older")}</a></#if></nav>
</#if>
<#if canEdit>
<#assign personOptions = []><#list people as role><#assign personOptions = personOptions + [[role.contact().id()?c, role.contact().name()]]></#list>
<#assign targetOptions = []><#list targets as l><#assign targetOptions = targetOptions + [[l.element().id()?c, l.element().code() + " " + l.element().label(lang.code()).value()]]></#list>
<@p.engagementForm action="/stakeholders/organisations/" + stakeholder.id()?c + "/engagements" errors=errors form=engagementForm kinds=engagementKinds agreementKinds=agreementKinds otherOptions=personOptions otherLabel=t("stakeholder.field.person") targetOptions=targetOptions chosenTargets=engagementTargets/>
</#if>

<h2 id="documents-heading">${t("stakeholder.documents")}</h2>
<#if documents?has_content>
<ul class="attachment-list" aria-labelledby="documents-heading">
<#list documents as d>
  <li>${t("stakeholder.document-kind." + d.kind())}: <a href="/stakeholders/documents/${d.id()?c}" dir="auto">${d.fileName()}</a> <span class="hint">(${t("stakeholder.document.size", d.kilobytes())}, <time datetime="${d.createdOnText()}">${d.createdOnText()}</time><#if d.engagementId()??>, ${t("stakeholder.document.on-entry")}</#if><#if d.contactId()??>, ${t("stakeholder.document.personal")}</#if>)</span>
    <#if canEdit><form method="post" action="/stakeholders/documents/${d.id()?c}/delete" class="inline"><@f.csrfField/><button type="submit" class="button button--quiet">${t("stakeholder.remove")}<span class="visually-hidden"> ${d.fileName()}</span></button></form></#if></li>
</#list>
</ul>
<#else>
<p>${t("stakeholder.documents.none")}</p>
</#if>
<#if canEdit>
<form method="post" action="/stakeholders/organisations/${stakeholder.id()?c}/documents?_csrf=${csrf}" enctype="multipart/form-data" class="form" novalidate>
  <fieldset>
    <legend>${t("stakeholder.documents.add")}</legend>
    <#assign documentKindOptions = []><#list documentKinds as k><#assign documentKindOptions = documentKindOptions + [[k, t("stakeholder.document-kind." + k)]]></#list>
    <@f.select errors=errors name="documentKind" label=t("stakeholder.field.documentKind") options=documentKindOptions selected=typedDocumentKind required=true empty=t("stakeholder.choose")/>
    <#assign entryOptions = []><#list timeline.entries() as e><#if canPersonal || !(e.row().contactId()??)><#assign entryOptions = entryOptions + [[e.row().id()?c, e.row().occurredOnText() + " " + t("stakeholder.engagement-kind." + e.row().kind()) + (e.row().summary()?has_content)?then(": " + e.row().summary()?truncate(60), "")]]></#if></#list>
    <@f.select errors=errors name="entry" label=t("stakeholder.field.entry") options=entryOptions selected=typedEntry hint=t("stakeholder.field.entry-hint") empty=t("stakeholder.document.no-entry")/>
    <div class="field<#if errors.has("file")> field--error</#if>">
      <label for="file">${t("stakeholder.field.file")} <span class="required">${t("form.required")}</span></label>
      <@f.fieldMessages errors "file" t("stakeholder.document.hint")/>
      <input id="file" name="file" type="file" accept="application/pdf,image/png,image/jpeg,image/webp" required<@f.describedBy errors "file" "hint"/>>
    </div>
    <button type="submit" class="button">${t("stakeholder.documents.upload")}</button>
  </fieldset>
</form>
</#if>

<#if shareChoices?has_content>
<h2 id="sharing-heading">${t("stakeholder.sharing")}</h2>
<p>${t("stakeholder.sharing.hint")}</p>
<#if canEdit>
<form method="post" action="/stakeholders/organisations/${stakeholder.id()?c}/shares" class="form" novalidate>
  <@f.csrfField/>
  <fieldset id="networks" class="checkboxes<#if errors.has("networks")> field--error</#if>">
    <legend>${t("stakeholder.sharing.networks")}</legend>
    <@f.fieldMessages errors "networks" ""/>
    <#list shareChoices as c>
    <div class="checkbox"><input type="checkbox" id="network-${c.network().id()?c}" name="networks" value="${c.network().id()?c}"<#if c.shared()> checked</#if>><label for="network-${c.network().id()?c}">${c.network().name()}</label></div>
    </#list>
  </fieldset>
  <button type="submit" class="button">${t("stakeholder.sharing.save")}</button>
</form>
<#else>
<#assign sharedWith = shareChoices?filter(c -> c.shared())>
<p><#if sharedWith?has_content>${t("stakeholder.sharing.shared-with")} ${sharedWith?map(c -> c.network().name())?join(", ")}<#else>${t("stakeholder.sharing.none")}</#if></p>
</#if>
</#if>

<#if canEdit && others?has_content>
<form method="post" action="/stakeholders/organisations/${stakeholder.id()?c}/merge" class="form" novalidate>
  <@f.csrfField/>
  <fieldset>
    <legend>${t("stakeholder.merge.title")}</legend>
    <p class="hint">${t("stakeholder.merge.hint")}</p>
    <#assign intoOptions = []><#list others as o><#assign intoOptions = intoOptions + [[o.id()?c, o.name() + (o.orgNumber()??)?then(" (" + o.orgNumberText() + ")", "")]]></#list>
    <@f.select errors=errors name="into" label=t("stakeholder.merge.into") options=intoOptions empty=t("stakeholder.choose") required=true/>
    <button type="submit" class="button button--quiet">${t("stakeholder.merge.submit")}</button>
  </fieldset>
</form>
</#if>

<#if canPersonal>
<h2>${t("stakeholder.people")}</h2>
<#if people?has_content>
<ul>
<#list people as role>
  <li><a href="/stakeholders/contacts/${role.contact().id()?c}">${role.contact().name()}</a><#if role.row().roleTitle()?has_content>, ${role.row().roleTitle()}</#if> <@p.period role.row()/></li>
</#list>
</ul>
<#else>
<p>${t("stakeholder.people.none")}</p>
</#if>
</#if>
</@layout.page>
