<#-- The evidence beside one target: each source kind's items, each linked to where it was said, and what other
     capabilities link to the target. p: the target's id prefix, for unique heading ids. -->
<#macro evidencePanel panel p>
<aside class="assess__evidence" aria-labelledby="${p}evidence">
  <h3 id="${p}evidence">${t("relevance.evidence.title")}</h3>
  <#if panel.isEmpty()><p>${t("relevance.evidence.none")}</p></#if>
  <#list panel.byKind() as kind, items>
  <h4>${t("relevance.evidence.kind." + kind)}</h4>
  <ul class="evidence">
  <#list items as e>
    <li><a href="${e.href()}"><bdi>${e.sourceTitle()}</bdi></a>:
      <@evidenceText e/></li>
  </#list>
  </ul>
  <#if (panel.more()[kind]!0) gt 0><p>${t("relevance.evidence.more", panel.more()[kind])}</p></#if>
  </#list>
  <#list panel.links() as section>
  <h4>${t(section.headingKey())}</h4>
  <ul class="evidence">
  <#list section.items() as link>
    <li><a href="${link.href()}"><bdi>${link.title().value()}</bdi></a><#if link.detail().value()?has_content> – <bdi>${link.detail().value()}</bdi></#if></li>
  </#list>
  </ul>
  </#list>
</aside>
</#macro>

<#-- One piece of evidence in words: a quote as said, other labels as written (a relevance level or an indicator's
     status translated), a count out of its total. -->
<#macro evidenceText e><#if e.type().name() == "STATEMENT"><q<#if e.lang()?has_content> lang="${e.lang()}"</#if> dir="auto">${e.label()}</q><#else><bdi>${evidenceLabel(e)}</bdi></#if><#if e.progress()??> – ${t("indicator.status." + e.progress().name())}<#if e.trend()??>, ${t("indicator.trend." + e.trend().name())}</#if></#if><#if e.type().name() == "COUNT"> – ${t("relevance.evidence.count", e.count(), e.total())}<#elseif e.source() == "relevance"> – ${t("relevance.evidence.relevant-units.plural", e.count(), e.total())}</#if></#macro>

<#-- The relevance kind's label names a level (and PRIORITISED): translated here; other kinds' labels as written. -->
<#function evidenceLabel e>
<#if e.source() != "relevance"><#return e.label()></#if>
<#local marker = "PRIORITISED: ">
<#local head = e.label()?contains(marker)?then(e.label()?keep_before(marker)?trim, e.label())>
<#local text = head?has_content?then(t("relevance.level." + head), "")>
<#if e.label()?contains(marker)><#local text = text?has_content?then(text + " · ", "") + t("relevance.prioritised") + ": " + e.label()?keep_after(marker)></#if>
<#return text>
</#function>

<#-- A heat map cell: the level written out; the tint only repeats it. -->
<#macro heatCell value="">
<#if value?has_content><#assign cls = {"HIGH": "heat--p3", "MEDIUM": "heat--p2", "LOW": "heat--p1", "NOT_RELEVANT": "heat--p0"}[value.name()]>
<td class="${cls}">${t("relevance.level." + value.name())}</td><#else><td class="heat--none">${t("relevance.level.NONE")}</td></#if>
</#macro>

<#-- How strongly residents, stakeholders and workshops raised a target, written out. -->
<#macro voices line>${t("relevance.result.voices.text.plural", line.residents(), line.stakeholders(), line.workshopItems())}</#macro>

<#-- A closed round, said on every page of it: units change nothing more; an admin may reopen it. -->
<#macro closedNotice round>
<#if round.closed()><div class="problem" role="status"><strong>${t("relevance.closed")}</strong> ${t("relevance.closed.hint")}</div></#if>
</#macro>

<#-- When a unit was last reminded, with who reminded it when known. -->
<#macro reminded progress><#if progress.reminded()>${t("relevance.reminded", fmt.date(progress.row().remindedAt()))}<#if progress.remindedBy()?has_content> (<bdi>${progress.remindedBy()}</bdi>)</#if></#if></#macro>

<#-- What a SWOT point cites, each item linked to its source, and how many citations are no longer offered. -->
<#macro citedEvidence p>
<#if p.cited()?has_content><ul class="evidence"><#list p.cited() as e><li><a href="${e.href()}"><bdi>${e.sourceTitle()}</bdi></a>: <@evidenceText e/></li></#list></ul></#if>
<#if p.gone() gt 0><p>${t("relevance.swot.cited-gone.plural", p.gone())}</p></#if>
</#macro>

<#-- One piece of evidence as plain text, for the printed report: where it is from and what it says. -->
<#function evidencePlain e>
<#local text = e.sourceTitle() + ": " + evidenceLabel(e)>
<#if e.progress()??><#local text = text + " – " + t("indicator.status." + e.progress().name())></#if>
<#if e.type().name() == "COUNT"><#local text = text + " – " + t("relevance.evidence.count", e.count(), e.total())></#if>
<#return text>
</#function>
