<#import "../../layout.ftl" as layout>
<#import "../../forms.ftl" as f>
<#import "../../goals/parts.ftl" as g>
<#import "parts.ftl" as p>
<@layout.page title=dialogueTitle.value()>
<@p.tabs dialogue "overview"/>
<#if done?has_content><@f.notice "dialogue.staff.done." + done/></#if>
<@f.problem problem/>
<dl class="details">
  <dt>${t("dialogue.staff.list.state")}</dt><dd><@p.state dialogue.state()/></dd>
  <dt>${t("dialogue.staff.version")}</dt><dd>${dialogue.versionNumber()}<#if dialogue.versionFrozen()> – ${t("dialogue.staff.version-frozen")}</#if></dd>
  <dt>${t("dialogue.staff.list.questions")}</dt><dd>${questionCount}</dd>
  <dt>${t("dialogue.staff.field.languages")}</dt><dd><#list uiLanguages as l><#if dialogue.languages()?seq_contains(l.code())><span lang="${l.code()}" dir="${l.dir()}">${l.nativeName()}</span> </#if></#list></dd>
  <#if missing?has_content>
  <dt>${t("dialogue.staff.translations.status")}</dt><dd><#list uiLanguages as l><#if missing[l.code()]??><span lang="${l.code()}" dir="${l.dir()}">${l.nativeName()}</span>: <a href="/dialogues/${dialogue.id()?c}/translations"><#if missing[l.code()] == 0>${t("dialogue.staff.translations.complete")}<#else>${t("dialogue.staff.translations.missing", missing[l.code()])}</#if></a><br></#if></#list></dd>
  </#if>
  <dt>${t("dialogue.staff.field.opens")}</dt><dd><#if dialogue.opensAt()??>${fmt.dateTime(dialogue.opensAt())}<#else>${t("dialogue.staff.when-published")}</#if></dd>
  <dt>${t("dialogue.staff.field.closes")}</dt><dd><#if dialogue.closesAt()??>${fmt.dateTime(dialogue.closesAt())}<#else>${t("dialogue.staff.when-closed")}</#if></dd>
  <dt>${t("dialogue.staff.field.anonymous")}</dt><dd>${dialogue.anonymous()?then(t("dialogue.staff.yes"), t("dialogue.staff.no"))}</dd>
  <dt>${t("dialogue.staff.field.requires-code")}</dt><dd>${dialogue.requiresCode()?then(t("dialogue.staff.codes.counts.plural", codeCounts.total(), codeCounts.used()), t("dialogue.staff.no"))}</dd>
</dl>

<section class="panel" aria-labelledby="link-heading">
  <h2 id="link-heading">${t("dialogue.staff.link")}</h2>
  <p class="hint" id="public-link-hint">${t("dialogue.staff.link-hint")}</p>
  <div class="field">
    <label for="public-link">${t("dialogue.staff.link-label")}</label>
    <input id="public-link" class="copy-field" type="text" readonly value="${publicLink}" aria-describedby="public-link-hint">
  </div>
  <#if dialogue.state().name() != "DRAFT"><p><a href="/d/${dialogue.publicKey()}">${t("dialogue.staff.link-open")}</a></p></#if>
  <div class="dialogue-qr">
    <img src="/dialogues/${dialogue.id()?c}/qr.svg" alt="${t("dialogue.staff.qr.alt", dialogueTitle.value())}" width="200" height="200">
    <ul class="link-list">
      <li><a href="/dialogues/${dialogue.id()?c}/qr.png" download>${t("dialogue.staff.qr.png")}</a></li>
      <li><a href="/dialogues/${dialogue.id()?c}/qr.svg?download=1" download>${t("dialogue.staff.qr.svg")}</a></li>
    </ul>
  </div>
</section>

<#if canEdit>
<section class="panel" aria-labelledby="state-heading">
  <h2 id="state-heading">${t("dialogue.staff.state-heading")}</h2>
  <p>${t("dialogue.staff.state-explain." + dialogue.state().name())}</p>
  <#if transitions?has_content>
  <div class="button-row">
  <#list transitions as to>
    <form method="post" action="/dialogues/${dialogue.id()?c}/state" class="inline-form">
      <@f.csrfField/>
      <input type="hidden" name="to" value="${to}">
      <button type="submit" class="button<#if to.name() != "OPEN"> button--quiet</#if>">${t("dialogue.staff.to." + dialogue.state().name() + "." + to.name())}</button>
    </form>
  </#list>
  </div>
  </#if>
</section>

<section class="panel" aria-labelledby="settings-heading">
  <h2 id="settings-heading">${t("dialogue.staff.settings")}</h2>
  <#if form == "settings"><@f.errorSummary errors/></#if>
  <form method="post" action="/dialogues/${dialogue.id()?c}" class="form" novalidate>
    <@f.csrfField/>
    <#list fields as field>
    <@f.translatedInput errors=errors name=field label=t("dialogue.staff.field." + field) values=settings.texts()[field] multiline=(field != "title" && field != "organiser") maxlength=(field == "title")?then(200, 5000) hint=t("dialogue.staff.field." + field + "-hint")/>
    </#list>
    <@p.languagesField errors settings.languages()/>
    <@f.input errors=errors name="opensAt" label=t("dialogue.staff.field.opens") value=settings.opensAt() type="datetime-local" hint=t("dialogue.staff.field.opens-hint")/>
    <@f.input errors=errors name="closesAt" label=t("dialogue.staff.field.closes") value=settings.closesAt() type="datetime-local" hint=t("dialogue.staff.field.closes-hint")/>
    <div class="checkbox">
      <input type="checkbox" id="anonymous" name="anonymous" value="1" aria-describedby="anonymous-hint"<#if settings.anonymous()> checked</#if>>
      <label for="anonymous">${t("dialogue.staff.field.anonymous")}</label>
    </div>
    <p class="hint" id="anonymous-hint">${t("dialogue.staff.field.anonymous-hint")}</p>
    <div class="checkbox">
      <input type="checkbox" id="requiresCode" name="requiresCode" value="1" aria-describedby="requiresCode-hint"<#if settings.requiresCode()> checked</#if>>
      <label for="requiresCode">${t("dialogue.staff.field.requires-code")}</label>
    </div>
    <p class="hint" id="requiresCode-hint">${t("dialogue.staff.field.requires-code-hint")}</p>
    <button type="submit" class="button">${t("form.save")}</button>
  </form>
</section>

<section class="panel" aria-labelledby="summary-heading">
  <h2 id="summary-heading">${t("dialogue.staff.summary")}</h2>
  <p>${dialogue.summaryPublished()?then(t("dialogue.staff.summary.published", fmt.dateTime(dialogue.summaryPublishedAt()!dialogue.updatedAt())), t("dialogue.staff.summary.not-published"))}</p>
  <#if form == "summary"><@f.errorSummary errors/></#if>
  <form method="post" action="/dialogues/${dialogue.id()?c}/summary" class="form" novalidate>
    <@f.csrfField/>
    <@p.offeredInput errors=errors name="summary" label=t("dialogue.staff.summary.text") values=summaryTexts languages=dialogue.languages() multiline=true maxlength=5000 hint=t("dialogue.staff.summary.hint")/>
    <div class="button-row">
      <button type="submit" class="button" name="action" value="publish">${t("dialogue.staff.summary.publish")}</button>
      <button type="submit" class="button button--quiet" name="action" value="save">${t("dialogue.staff.summary.save")}</button>
      <#if dialogue.summaryPublished()><button type="submit" class="button button--quiet" name="action" value="withdraw">${t("dialogue.staff.summary.withdraw")}</button></#if>
    </div>
  </form>
</section>

<section class="panel panel--danger" aria-labelledby="delete-heading">
  <h2 id="delete-heading">${t("dialogue.staff.delete")}</h2>
  <#if form == "delete"><@f.errorSummary errors/></#if>
  <p>${t("dialogue.staff.delete.text")}</p>
  <form method="post" action="/dialogues/${dialogue.id()?c}/delete" class="form" novalidate>
    <@f.csrfField/>
    <div class="field<#if errors.has("confirm")> field--error</#if>">
      <#if errors.has("confirm")><p class="field-error" id="confirm-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["confirm"])}</p></#if>
      <div class="checkbox">
        <input type="checkbox" id="confirm" name="confirm" value="1"<#if errors.has("confirm")> aria-invalid="true" aria-describedby="confirm-error"</#if>>
        <label for="confirm">${t("dialogue.staff.delete.confirm")}</label>
      </div>
    </div>
    <button type="submit" class="button button--danger">${t("dialogue.staff.delete.submit", dialogueTitle.value())}</button>
  </form>
</section>
<#else>
<p>${t("dialogue.staff.read-only")}</p>
</#if>
</@layout.page>
