-- Drives a headless Neovim for test/editors/neovim.test.ts through the configuration the
-- docs give (docs/neovim/svcdef.lua), the way a user would: open a file of the acme
-- workspace, hover a name, go to the definition of a built-in metric, and ask for a hover
-- in the library file that lands in. Everything seen goes into a JSON file for the test to
-- judge; Neovim then quits, with status 1 if a step failed.
--
-- Written for Neovim 0.7 and newer: no API that 0.7 lacks is used here.

local workspace = assert(os.getenv('SVCDEF_NVIM_WORKSPACE'))
local result_file = assert(os.getenv('SVCDEF_NVIM_RESULT'))
local TIMEOUT = 30000

local out = {}

-- Every publishDiagnostics, as the server sent it.
local published = {}
local show_diagnostics = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ...)
  if result then
    published[result.uri] = result.diagnostics
  end
  return show_diagnostics(err, result, ...)
end

local function clients_of(buffer)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = buffer })
  end
  return vim.tbl_values(vim.lsp.buf_get_clients(buffer))
end

local function wait_for(what, condition)
  if not vim.wait(TIMEOUT, condition, 50) then
    error('timed out waiting for ' .. what)
  end
end

local function wait_for_client(buffer)
  wait_for('an initialized language client in ' .. vim.api.nvim_buf_get_name(buffer), function()
    local client = clients_of(buffer)[1]
    return client ~= nil and client.initialized
  end)
  return clients_of(buffer)[1]
end

-- One character into `word`, on the first line of the buffer that matches `pattern`.
local function position_of(buffer, pattern, word)
  for index, line in ipairs(vim.api.nvim_buf_get_lines(buffer, 0, -1, false)) do
    if line:find(pattern) then
      local column = assert(line:find(word, 1, true), word .. ' is not on ' .. line)
      return { line = index - 1, character = column }
    end
  end
  error(pattern .. ' matches no line of ' .. vim.api.nvim_buf_get_name(buffer))
end

local function request(buffer, method, position)
  local params = { textDocument = { uri = vim.uri_from_bufnr(buffer) }, position = position }
  local responses, problem = vim.lsp.buf_request_sync(buffer, method, params, TIMEOUT)
  if not responses then
    error(method .. ': ' .. tostring(problem))
  end
  for _, response in pairs(responses) do
    if response.err then
      error(method .. ': ' .. vim.inspect(response.err))
    end
    if response.result ~= nil and response.result ~= vim.NIL then
      return response.result
    end
  end
  return nil
end

local function hover_text(hover)
  if hover == nil then
    return nil
  end
  return type(hover.contents) == 'table' and hover.contents.value or hover.contents
end

local ok, problem = pcall(function()
  dofile(assert(os.getenv('SVCDEF_NVIM_COMPAT')))
  dofile(assert(os.getenv('SVCDEF_NVIM_CONFIG')))

  vim.cmd('edit ' .. vim.fn.fnameescape(workspace .. '/agreements/olas.svcdef'))
  local buffer = vim.api.nvim_get_current_buf()
  local client = wait_for_client(buffer)
  local uri = vim.uri_from_bufnr(buffer)
  wait_for('diagnostics for ' .. uri, function() return published[uri] ~= nil end)
  out.opened = { filetype = vim.bo[buffer].filetype, client = client.name, root = client.config.root_dir }

  out.hover = hover_text(request(buffer, 'textDocument/hover', position_of(buffer, '^%s*supports ', 'FinanceErp')))

  local definition = request(buffer, 'textDocument/definition', position_of(buffer, '^%s*target availability', 'availability'))
  local location = definition[1] or definition
  out.definition = {
    uri = location.targetUri or location.uri,
    line = (location.targetSelectionRange or location.range).start.line,
  }

  -- Where "go to definition" takes the user.
  if vim.lsp.util.show_document then
    vim.lsp.util.show_document(location, client.offset_encoding, { focus = true })
  else
    vim.lsp.util.jump_to_location(location, client.offset_encoding)
  end
  local library = vim.api.nvim_get_current_buf()
  local cursor = vim.api.nvim_win_get_cursor(0)
  out.library = {
    file = vim.api.nvim_buf_get_name(library),
    filetype = vim.bo[library].filetype,
    line = vim.api.nvim_get_current_line(),
  }
  wait_for_client(library)
  out.library.hover = hover_text(request(library, 'textDocument/hover', { line = cursor[1] - 1, character = cursor[2] + 1 }))
  -- A code action request waits until the server has validated the document: had it taken
  -- the library file for a user file, that file's duplicate names would be published now.
  local range = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } }
  vim.lsp.buf_request_sync(library, 'textDocument/codeAction',
    { textDocument = { uri = vim.uri_from_bufnr(library) }, range = range, context = { diagnostics = {} } }, TIMEOUT)

  out.diagnostics = {}
  for published_uri, diagnostics in pairs(published) do
    local codes = {}
    for _, diagnostic in ipairs(diagnostics) do
      table.insert(codes, tostring(diagnostic.code))
    end
    out.diagnostics[published_uri] = codes
  end
end)

if not ok then
  out.error = tostring(problem)
end
local file = assert(io.open(result_file, 'w'))
file:write(vim.fn.json_encode(out))
file:close()
vim.cmd(ok and 'qall!' or 'cquit!')
