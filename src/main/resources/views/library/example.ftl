<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "parts.ftl" as p>
<#assign texts = content.texts()>
<#assign tl = content.lang()>
<@layout.page title=texts.title()>
<#if tl != lang.code()><p class="hint">${t("library.example.other-language")}</p></#if>
<#if done?has_content><@f.notice "library.done." + done/></#if>
<@f.errorSummary errors/>
<#if example.status() != "PUBLISHED">
<div class="notice notice--status"><p>${t("library.example.status", t("library.status." + example.status()))}</p>
  <#if example.reviewNote()?has_content && example.status() == "DRAFT"><p>${t("library.example.review-note")} <q dir="auto">${example.reviewNote()}</q></p></#if>
</div>
</#if>
<div lang="${tl}" dir="auto" class="example">
<#if texts.summary()?has_content><p class="lead" dir="auto">${texts.summary()}</p></#if>
</div>
<dl class="details example-facts">
  <dt>${t("library.example.organisation")}</dt><dd>${example.organisationName()}</dd>
  <#if example.municipality()?has_content><dt>${t("library.field.municipality")}</dt><dd>${example.municipality()}</dd></#if>
  <#if example.region()?has_content><dt>${t("library.field.region")}</dt><dd>${example.region()}</dd></#if>
  <#if example.period()?has_content><dt>${t("library.field.period")}</dt><dd>${example.period()}</dd></#if>
  <dt>${t("library.field.kind")}</dt><dd>${t("library.kind." + example.kind())}</dd>
  <dt>${t("library.field.visibility")}</dt><dd>${t("library.visibility." + example.visibility())}<#if example.networkName()??> (${example.networkName()})</#if></dd>
  <#if example.publishedAt()??><dt>${t("library.example.published")}</dt><dd><time datetime="${fmt.iso(example.publishedAt())}">${fmt.date(example.publishedAt())}</time></dd></#if>
</dl>
<div lang="${tl}" dir="auto" class="example">
<#if texts.problem()?has_content><h2>${t("library.field.problem")}</h2><p class="example__text">${texts.problem()}</p></#if>
<#if texts.actions()?has_content><h2>${t("library.field.actions")}</h2><p class="example__text">${texts.actions()}</p></#if>
<#if texts.results()?has_content || example.indicators()?has_content><h2>${t("library.field.results")}</h2></#if>
<#if texts.results()?has_content><p class="example__text">${texts.results()}</p></#if>
</div>
<#if example.indicators()?has_content>
<div class="table-wrap">
<table class="indicators">
  <caption>${t("library.indicators.caption")}</caption>
  <thead><tr><th scope="col">${t("library.indicator.name")}</th><th scope="col">${t("library.indicator.before")}</th><th scope="col">${t("library.indicator.after")}</th><th scope="col">${t("library.indicator.change")}</th></tr></thead>
  <tbody>
  <#list example.indicators() as i>
    <tr><th scope="row"><span dir="auto">${i.name()}</span><#if i.unit()?has_content> (<span dir="auto">${i.unit()}</span>)</#if></th>
      <td><#if i.valueBefore()??>${fmt.number(i.valueBefore())}<#if i.yearBefore()??> (${i.yearBefore()?c})</#if></#if></td>
      <td><#if i.valueAfter()??>${fmt.number(i.valueAfter())}<#if i.yearAfter()??> (${i.yearAfter()?c})</#if></#if></td>
      <td><#if i.change()??><#if i.change() gt 0>+</#if>${fmt.number(i.change())}</#if></td></tr>
  </#list>
  </tbody>
</table>
</div>
</#if>
<#if example.costs()?has_content><h2>${t("library.field.costs")}</h2><p class="example__text" dir="auto">${example.costs()}</p></#if>
<#if texts.lessons()?has_content><h2>${t("library.field.lessons")}</h2><p class="example__text" lang="${tl}" dir="auto">${texts.lessons()}</p></#if>
<#if example.targets()?has_content>
<h2>${t("library.targets")}</h2>
<ul class="link-list">
<#list example.targets() as target>
  <li class="${target.colourClass()}"><a href="/goals/${target.frameworkKey()}/${target.code()}"><span class="goal-code">${target.code()}</span> <#assign tlabel = labels.label(target)><#if tlabel.lang() != lang.code()><span lang="${tlabel.lang()}">${tlabel.value()}</span><#else>${tlabel.value()}</#if></a></li>
</#list>
</ul>
</#if>
<#if example.allDimensions()?has_content><p>${t("goals.dimensions")}: <#list example.allDimensions() as d><span class="tag tag--${d?lower_case}">${t("goals.dimension." + d)}</span><#sep> </#sep></#list></p></#if>
<#if example.tags()?has_content><p>${t("library.field.tags")}: <#list example.tags() as tag><a class="tag" href="/library?q=${tag?url('UTF-8')}" dir="auto">${tag}</a><#sep> </#sep></#list></p></#if>
<#if example.contact()?has_content><h2>${t("library.field.contact")}</h2><p dir="auto">${example.contact()}</p></#if>
<#if example.links()?has_content>
<h2>${t("library.field.links")}</h2>
<ul><#list example.links() as link><li><a href="${link}" rel="external noopener" dir="ltr">${link}</a></li></#list></ul>
</#if>
<#if example.attachments()?has_content || canEdit>
<h2 id="attachments-heading">${t("library.attachments")}</h2>
<#if example.attachments()?has_content>
<ul class="attachment-list">
<#list example.attachments() as a>
  <li><a href="/library/attachments/${a.id()?c}" dir="auto">${a.fileName()}</a> <span class="hint">(${t("library.attachment.size", (a.sizeBytes() / 1024)?ceiling)})</span>
    <#if canEdit><form method="post" action="/library/attachments/${a.id()?c}/delete" class="inline-form"><@f.csrfField/><button type="submit" class="button button--small button--quiet">${t("library.attachment.remove", a.fileName())}</button></form></#if></li>
</#list>
</ul>
</#if>
<#if canEdit>
<form method="post" action="/library/examples/${example.id()?c}/attachments?_csrf=${csrf}" enctype="multipart/form-data" class="form">
  <div class="field<#if errors.has("file")> field--error</#if>">
    <label for="file">${t("library.attachment.add")}</label>
    <p class="hint" id="file-hint">${t("library.attachment.hint")}</p>
    <#if errors.has("file")><p class="field-error" id="file-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["file"])}</p></#if>
    <input id="file" name="file" type="file" accept="application/pdf,image/png,image/jpeg,image/webp" aria-describedby="file-hint<#if errors.has("file")> file-error</#if>"<#if errors.has("file")> aria-invalid="true"</#if>>
  </div>
  <button type="submit" class="button button--small">${t("library.attachment.upload")}</button>
</form>
</#if>
</#if>

<#if canEdit || canReview>
<section class="panel" aria-labelledby="workflow-heading">
  <h2 id="workflow-heading">${t("library.workflow")}</h2>
  <p class="actions">
    <#if canEdit><a class="button button--quiet" href="/library/examples/${example.id()?c}/edit">${t("library.edit")}</a></#if>
    <a href="/library/examples/${example.id()?c}/history">${t("library.history")}</a>
  </p>
  <#if canEdit && example.status() == "DRAFT">
  <form method="post" action="/library/examples/${example.id()?c}/submit" class="inline-form"><@f.csrfField/><button type="submit" class="button">${t("library.submit")}</button></form>
  </#if>
  <#if canReview && example.status() != "PUBLISHED">
  <form method="post" action="/library/examples/${example.id()?c}/publish" class="form"><@f.csrfField/>
    <@f.textarea errors=errors name="note" label=t("library.review.note") value=note hint=t("library.review.note-hint") maxlength=2000/>
    <button type="submit" class="button">${t("library.publish")}</button>
    <#if example.status() == "SUBMITTED"><button type="submit" class="button button--quiet" formaction="/library/examples/${example.id()?c}/return">${t("library.return")}</button></#if>
  </form>
  </#if>
  <#if (canEdit || canReview) && example.status() == "PUBLISHED">
  <form method="post" action="/library/examples/${example.id()?c}/unpublish" class="inline-form"><@f.csrfField/><button type="submit" class="button button--quiet">${t("library.unpublish")}</button></form>
  </#if>
  <#if canEdit>
  <form method="post" action="/library/examples/${example.id()?c}/delete" class="inline-form"><@f.csrfField/><button type="submit" class="button button--danger">${t("library.delete")}</button></form>
  </#if>
</section>
</#if>

<#if similar?has_content>
<section aria-labelledby="similar-heading" class="similar">
  <h2 id="similar-heading">${t("library.similar")}</h2>
  <ul class="hit-list">
  <#list similar as h><li><@p.hit h=h labels=labels headingLevel=3/></li></#list>
  </ul>
</section>
</#if>
<p><a href="/library">${t("library.back")}</a></p>
</@layout.page>
