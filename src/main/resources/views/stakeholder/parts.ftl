<#-- Pieces the register's pages share. -->
<#import "../forms.ftl" as f>

<#-- A period with open ends, as "(from 2024-01-01 to 2025-12-31)"; row has startsOnText() and endsOnText(). -->
<#macro period row><#local from = row.startsOnText()><#local to = row.endsOnText()><#if from?has_content || to?has_content><span class="period">(<#if from?has_content>${t("stakeholder.period.from")} <time datetime="${from}">${from}</time></#if><#if from?has_content && to?has_content> </#if><#if to?has_content>${t("stakeholder.period.to")} <time datetime="${to}">${to}</time></#if>)</span></#if></#macro>

<#-- Start and end date fields of a period form. -->
<#macro periodFields errors form>
<@f.input errors=errors name="startsOn" label=t("stakeholder.field.startsOn") value=form.startsOn() type="date"/>
<@f.input errors=errors name="endsOn" label=t("stakeholder.field.endsOn") value=form.endsOn() type="date" hint=t("stakeholder.field.endsOn-hint")/>
</#macro>

<#-- What a placement is about: overall, a labelled issue, a dialogue or a workshop by id. -->
<#macro issue kind label ref=""><#if kind == "NONE" && !label?has_content>${t("stakeholder.issue.overall")}<#else><#if kind != "NONE">${t("stakeholder.issue." + kind, ref)}<#if label?has_content>: </#if></#if>${label}</#if></#macro>

<#-- A timeline, newest first: each entry's date, kind, summary, who took part, what it concerned and its follow-up.
     withOrganisation shows the organisation (on a person's timeline), withPerson the person (admins only). -->
<#macro timeline entries headingId withOrganisation=false withPerson=false canFollowUp=false>
<#if entries?has_content>
<ol class="timeline" aria-labelledby="${headingId}">
<#list entries as e><#local r = e.row()>
  <li class="timeline-entry">
    <p class="timeline-head"><time datetime="${r.occurredOnText()}">${r.occurredOnText()}</time> <strong>${t("stakeholder.engagement-kind." + r.kind())}</strong><#if r.agreementKind()??> (${t("stakeholder.agreement-kind." + r.agreementKind())})</#if><#if r.issueRef()??>: <a href="/${(r.issueKind() == "DIALOGUE")?then("dialogues", "workshops")}/${r.issueRefText()}">${t("stakeholder.issue." + r.issueKind(), r.issueRefText())}</a></#if></p>
    <p dir="auto">${r.summary()}</p>
    <#if r.staff()?has_content || (withOrganisation && e.stakeholder()??) || (withPerson && e.contact()??)>
    <p class="timeline-who"><#if withOrganisation && e.stakeholder()??><a href="/stakeholders/organisations/${e.stakeholder().id()?c}">${e.stakeholder().name()}</a> </#if><#if withPerson && e.contact()??><a href="/stakeholders/contacts/${e.contact().id()?c}">${e.contact().name()}</a> </#if><#if r.staff()?has_content>${t("stakeholder.engagement.staff", r.staff())}</#if></p>
    </#if>
    <#if r.expiresOn()??><p>${t("stakeholder.engagement.expires")} <time datetime="${r.expiresOnText()}">${r.expiresOnText()}</time></p></#if>
    <#if r.followUpOn()??><p><#if r.followedUpOn()??>${t("stakeholder.engagement.followed-up")} <time datetime="${r.followedUpOnText()}">${r.followedUpOnText()}</time><#else>${t("stakeholder.engagement.follow-up")} <time datetime="${r.followUpOnText()}">${r.followUpOnText()}</time><#if canFollowUp> <@followUpButton r/></#if></#if></p></#if>
  </li>
</#list>
</ol>
<#else>
<p>${t("stakeholder.timeline.none")}</p>
</#if>
</#macro>

<#-- Marks an entry's follow-up done. -->
<#macro followUpButton row><form method="post" action="/stakeholders/engagements/${row.id()?c}/followed-up" class="inline"><@f.csrfField/><button type="submit" class="button button--quiet">${t("stakeholder.engagement.mark-done")}<span class="visually-hidden"> ${row.occurredOnText()}</span></button></form></#macro>

<#-- The form adding an entry to a timeline; otherOptions are the people (on an organisation) or organisations (on a
     person) it may name, otherLabel what they are. -->
<#macro engagementForm action errors form kinds agreementKinds otherOptions otherLabel targetOptions=[] chosenTargets=[]>
<form method="post" action="${action}" class="form" novalidate>
  <@f.csrfField/>
  <fieldset>
    <legend>${t("stakeholder.engagement.add")}</legend>
    <#local kindOptions = []><#list kinds as k><#local kindOptions = kindOptions + [[k, t("stakeholder.engagement-kind." + k)]]></#list>
    <@f.select errors=errors name="kind" label=t("stakeholder.field.engagementKind") options=kindOptions selected=form.kindName() required=true empty=t("stakeholder.choose")/>
    <@f.input errors=errors name="occurredOn" label=t("stakeholder.field.occurredOn") value=form.occurredOn() type="date" required=true/>
    <@f.textarea errors=errors name="summary" label=t("stakeholder.field.summary") value=form.summary() required=true maxlength=4000/>
    <@f.input errors=errors name="staff" label=t("stakeholder.field.staff") value=form.staff() hint=t("stakeholder.field.staff-hint") maxlength=200/>
    <#if otherOptions?has_content>
    <@f.select errors=errors name="other" label=otherLabel options=otherOptions selected=form.other() empty=t("stakeholder.none-chosen")/>
    </#if>
    <@f.input errors=errors name="issueRef" label=t("stakeholder.field.engagementRef") value=form.issueRef() hint=t("stakeholder.field.engagementRef-hint") maxlength=15/>
    <#local agreementOptions = []><#list agreementKinds as k><#local agreementOptions = agreementOptions + [[k, t("stakeholder.agreement-kind." + k)]]></#list>
    <@f.select errors=errors name="agreementKind" label=t("stakeholder.field.agreementKind") options=agreementOptions selected=form.agreementKindName() hint=t("stakeholder.field.agreementKind-hint") empty=t("stakeholder.none-chosen")/>
    <@f.input errors=errors name="expiresOn" label=t("stakeholder.field.expiresOn") value=form.expiresOn() type="date" hint=t("stakeholder.field.expiresOn-hint")/>
    <@f.input errors=errors name="followUpOn" label=t("stakeholder.field.followUpOn") value=form.followUpOn() type="date"/>
    <#if targetOptions?has_content>
    <fieldset id="targets" class="checkboxes<#if errors.has("targets")> field--error</#if>">
      <legend>${t("stakeholder.field.engagementTargets")}</legend>
      <@f.fieldMessages errors "targets" ""/>
      <#list targetOptions as o>
      <div class="checkbox"><input type="checkbox" id="engagement-target-${o[0]}" name="targets" value="${o[0]}"<#if chosenTargets?seq_contains(o[0])> checked</#if>><label for="engagement-target-${o[0]}">${o[1]}</label></div>
      </#list>
    </fieldset>
    </#if>
    <button type="submit" class="button">${t("stakeholder.engagement.add")}</button>
  </fieldset>
</form>
</#macro>
